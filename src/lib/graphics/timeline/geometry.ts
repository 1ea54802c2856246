/**
 * Vertical bands of the timeline chart, in pixels, shared by its layers:
 * the dated rows (at most ROW_MAX tall each), the axis under them, then the
 * lane of undated items. Space left over stays below.
 */
const AXIS_HEIGHT = 36;
const LANE_HEIGHT = 50;
const ROW_MAX = 28;

export interface Bands {
	/** Bottom of the dated rows, where the axis line sits. */
	rowsBottom: number;
	/** Top of the undated lane. */
	laneTop: number;
}

export function bands(height: number, rowCount: number): Bands {
	const available = Math.max(0, height - AXIS_HEIGHT - LANE_HEIGHT);
	const rowsBottom = Math.min(available, rowCount * ROW_MAX);
	return { rowsBottom, laneTop: rowsBottom + AXIS_HEIGHT };
}

/** Rough width of a label in the graphics' 12px bold sans, for placement. */
export const labelWidth = (text: string) => text.length * 6.9;
