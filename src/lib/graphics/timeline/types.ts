/**
 * The timeline's props: plain data, nothing of a story. A caller (the story's
 * adapter, an embed, a share card) builds these and hands them to Timeline.svelte.
 * Usage: <Timeline items={[…]} axis={{ id: 'overview', from: '2021-01-01', to: '2027-01-01', unit: 'year' }} … />
 */

/** How precisely a dated item is known; it is drawn no more precisely than that. */
export type DatedPrecision = 'day' | 'month' | 'year' | 'range';

/** A span of whole UTC days. */
export interface TimelinePeriod {
	/** First day, ISO YYYY-MM-DD (inclusive). */
	start: string;
	/** Day after the last, ISO YYYY-MM-DD (exclusive). */
	end: string;
	/** A day is drawn as a point, a month or a year as a span over it, a range as a bar. */
	precision: DatedPrecision;
}

/** An item with a date: one row on the time scale. */
interface DatedTimelineItem {
	/** Which lane it goes in: a row on the time scale. */
	lane: 'dated';
	/** Stable id: `data-mark` and the highlighted ids refer to it. */
	id: string;
	/** Its full name, in the mark's tooltip. */
	label: string;
	/** A few words naming it beside its mark (default: `label`). */
	short?: string;
	/** When it happened, as precisely as it is known. */
	period: TimelinePeriod;
	/** The date in words, as precisely as the period (shown beside the highlighted mark). */
	dateLabel: string;
	/** Whether its year is a reading, not given by the source: drawn as an outline, not a solid mark. */
	inferred?: boolean;
}

/** An item without a date: a chip in the undated lane, never placed on the time scale. */
interface UndatedTimelineItem {
	/** Which lane it goes in: the undated lane under the axis. */
	lane: 'undated';
	/** Stable id: `data-mark` and the highlighted ids refer to it. */
	id: string;
	/** Its full name, in the chip's tooltip. */
	label: string;
	/** A few words written on its chip (default: `label`); a long one wraps. */
	short?: string;
}

export type TimelineItem = DatedTimelineItem | UndatedTimelineItem;

/** The axis's labels: one per year, or one per month with the years under them. */
export type TickUnit = 'year' | 'month';

/** The time domain shown, and how its ticks read. */
export interface TimelineAxis {
	/** The view's name, on the root as `data-timeline-view`. */
	id: string;
	/** First day shown, ISO YYYY-MM-DD. */
	from: string;
	/** Last instant shown, ISO YYYY-MM-DD (midnight UTC). */
	to: string;
	/** One label per year, or one per month (month names from `months`) with the years under them. */
	unit: TickUnit;
}

/** Everything Timeline.svelte draws from. */
export interface TimelineProps {
	/** The items, in any order: dated rows are sorted earliest first (longer first on a tie). */
	items: TimelineItem[];
	/** The time domain and its ticks; a change animates unless reduced motion is asked for. */
	axis: TimelineAxis;
	/**
	 * Ids of the items drawn highlighted, each mark in its precision's colour (see PrecisionKey.svelte):
	 * the active ones (outlined, named with their date), or with `recap` every item gathered (named only).
	 */
	highlighted: string[];
	/** Whether the highlighted items are a recap of all (names only, no outline); default false. */
	recap?: boolean;
	/** Short month names for the month ticks, January first. */
	months: string[];
	/** Heading of the lane of undated items. */
	undatedLabel: string;
	/** Text alternative of the chart, matching what it shows. */
	description: string;
	/** A stretch shown elsewhere in more detail, marked as a band while the axis shows more than it. */
	zoomWindow?: TimelineWindow;
	/**
	 * A date strip, for a box too small for the full chart: every dated row thin and unnamed (the
	 * highlighted ones in their colours), no undated lane; the caller names the step. Default false.
	 */
	compact?: boolean;
	/** Whether to draw the undated lane (default true); off where a small box keeps its room for the named rows (a phone's recap). */
	undated?: boolean;
	/** Change the axis instantly (true) or animated (false); default: as the reader's system asks. */
	reducedMotion?: boolean;
	/**
	 * The size, in px, the server draws the chart at (without JavaScript, and until the browser
	 * measures the real box): the drawing is scaled to fit its box, so a size near the box's keeps
	 * the text near its real size. Default 560 × 260.
	 */
	serverSize?: { width: number; height: number };
	/**
	 * Makes each mark and chip a link to this address (e.g. `#<step id>`), so it works without JavaScript;
	 * an item it gives no address for stays a plain mark. With `onselect` as well, a click calls that instead.
	 */
	hrefFor?: (id: string) => string | undefined;
	/** Makes each mark and chip a control (a button, unless `hrefFor` gives a link) that calls this with its id. */
	onselect?: (id: string) => void;
	/** A mark's or chip's accessible name as a control, from its full name and its date (default: "name, date"). */
	actionLabel?: (label: string, dateLabel: string) => string;
}

/** A stretch of time marked on the chart (see ZoomWindow.svelte). */
interface TimelineWindow {
	/** First day, ISO YYYY-MM-DD. */
	from: string;
	/** End, ISO YYYY-MM-DD. */
	to: string;
	/** What it is, in words: its tooltip. */
	label: string;
}
