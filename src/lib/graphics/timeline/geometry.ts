/**
 * Vertical bands of the timeline chart, in pixels, shared by its layers:
 * the dated rows (at most ROW_MAX tall each), the axis under them, then the
 * boxed lane of undated items (as tall as its chips need). Space left over stays below.
 * Usage: const { rowsBottom, laneTop } = bands(chartHeight, rows.length, laneHeight(flow.height));
 */
const ROW_MAX = 30;

/** The axis's height under the rows for text `size` px: the tick, the months' line and the years' line. */
export const axisHeight = (size: number) => Math.round(6 + 2.55 * size);

/** The chart's text size, px, from the plot's width: 12 on a phone, growing to 14 on a large screen. */
export const textSizeFor = (plotWidth: number) => Math.max(12, Math.min(14, plotWidth / 50));

/** The undated lane's box: its heading's line and the padding around the chips, in px. */
export const LANE = { head: 21, pad: 7 } as const;

/** Height of the undated lane for chips flowed `flowHeight` tall (0: no lane). */
export const laneHeight = (flowHeight: number) => (flowHeight > 0 ? LANE.head + flowHeight + LANE.pad : 0);

export interface Bands {
	/** Bottom of the dated rows, where the axis line sits. */
	rowsBottom: number;
	/** Top of the undated lane. */
	laneTop: number;
}

export function bands(height: number, rowCount: number, lane: number, axis = axisHeight(12)): Bands {
	const available = Math.max(0, height - axis - lane);
	const rowsBottom = Math.min(available, rowCount * ROW_MAX);
	return { rowsBottom, laneTop: rowsBottom + axis };
}
