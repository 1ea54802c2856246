/** Vertical bands of the timeline chart, in pixels, shared by its layers. */
export const AXIS_HEIGHT = 22;
export const LANE_HEIGHT = 54;

/** Bottom of the dated rows, where the axis line sits. */
export const rowsBottom = (height: number) => Math.max(0, height - AXIS_HEIGHT - LANE_HEIGHT);
