/**
 * The order the reader meets the milestones in (content/milestones.aml lists
 * them in that order), checked so an editor cannot scramble the story:
 * - time runs one way: dated events by the first day each could have been
 *   (a year 2024 before May 2024, since it may have begun in January), the
 *   shorter period first when two begin together;
 * - the undated events stand together, before or after the dated run;
 * - recaps close the story;
 * - the timeline zooms in at most once and out at most once (its view
 *   changes at most twice from step to step).
 *
 *   checkStoryOrder(model.milestones, out);
 */
import type { When } from './dates';
import type { Problems } from './problems';

/** What the order depends on, of a milestone. */
export interface OrderedMilestone {
	id: string;
	when: When;
	view: string;
	role: 'event' | 'recap';
}

const FILE = 'content/milestones.aml';

/** -1, 0 or 1 as ISO dates (YYYY-MM-DD) come in time order: their characters' order. */
const compareIso = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Negative when a comes first in date order: by start, then by end. Not
 * localeCompare, whose first call sets up a collator (some 15 ms in a phone's
 * first task) that ISO dates do not need.
 */
export function compareDated(a: { start: string; end: string }, b: { start: string; end: string }): number {
	return compareIso(a.start, b.start) || compareIso(a.end, b.end);
}

/** Sorts a table's rows: earliest first (as compareDated), the undated last; stable on ties. */
export function compareWhen(a: { when: When }, b: { when: When }): number {
	if (a.when.precision === 'undated' || b.when.precision === 'undated')
		return Number(a.when.precision === 'undated') - Number(b.when.precision === 'undated');
	return compareDated(a.when, b.when);
}

/** How many times the timeline's view changes from one step to the next. */
export function viewChanges(views: string[]): number {
	return views.filter((v, i) => i > 0 && v !== views[i - 1]).length;
}

export function checkStoryOrder(milestones: OrderedMilestone[], out: Problems): void {
	const where = (m: OrderedMilestone) => `milestone "${m.id}"`;
	const firstRecap = milestones.findIndex((m) => m.role === 'recap');
	if (firstRecap >= 0) {
		const late = milestones.slice(firstRecap).find((m) => m.role === 'event');
		if (late) out.add(FILE, where(late), 'role', 'expected every event before the recap; move this entry above the recap');
	}

	const events = milestones.filter((m) => m.role === 'event');
	const undated = events.map((m, i) => (m.when.precision === 'undated' ? i : -1)).filter((i) => i >= 0);
	const together = undated.every((i, k) => k === 0 || i === undated[k - 1] + 1);
	const atAnEnd = undated.length === 0 || undated[0] === 0 || undated[undated.length - 1] === events.length - 1;
	if (!together || !atAnEnd) {
		out.add(FILE, where(events[undated[together ? 0 : undated.findIndex((i, k) => k > 0 && i !== undated[k - 1] + 1)]]), 'precision', 'expected the undated milestones together, before or after the dated ones');
	}

	let previous: (OrderedMilestone & { when: { start: string; end: string } }) | undefined;
	for (const m of events) {
		if (m.when.precision === 'undated') continue;
		const dated = m as OrderedMilestone & { when: { start: string; end: string } };
		if (previous && compareDated(previous.when, dated.when) > 0) {
			out.add(FILE, where(m), 'date', `expected the milestones in date order, but this one (from ${dated.when.start}) comes after "${previous.id}" (from ${previous.when.start}); move it above`);
		}
		previous = dated;
	}

	const changes = viewChanges(milestones.map((m) => m.view));
	if (changes > 2) {
		out.add(FILE, 'the milestones', 'view', `expected the timeline to zoom in once and out once (its view to change at most twice from step to step), got ${changes} changes`);
	}
}
