/**
 * The order the reader meets the milestones in (content/milestones.aml lists
 * them in that order), checked so an editor cannot scramble the story:
 * - time runs forward from step to step: no step lies wholly before the one
 *   above it (a year 2024 may follow May 2024, which it contains; May 2024
 *   may not follow December 2024);
 * - parts are told in the step above them, so they are not ordered here;
 * - recaps close the story;
 * - the timeline zooms in at most once and out at most once (its view
 *   changes at most twice, from the opening through the steps).
 *
 *   checkStoryOrder(model.milestones, out, model.opening.view);
 */
import type { When } from '$lib/content/dates';
import type { Problems } from '$lib/server/content/problems';

/** What the order depends on, of a milestone. */
export interface OrderedMilestone {
	id: string;
	when: When;
	view: string;
	role: 'event' | 'part' | 'recap';
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

/** How many times the timeline's view changes from one step to the next. */
export function viewChanges(views: string[]): number {
	return views.filter((v, i) => i > 0 && v !== views[i - 1]).length;
}

export function checkStoryOrder(milestones: OrderedMilestone[], out: Problems, openingView?: string): void {
	const where = (m: OrderedMilestone) => `milestone "${m.id}"`;
	const firstRecap = milestones.findIndex((m) => m.role === 'recap');
	if (firstRecap >= 0) {
		const late = milestones.slice(firstRecap).find((m) => m.role !== 'recap');
		if (late) out.add(FILE, where(late), 'role', 'expected every event and part before the recap; move this entry above the recap');
	}

	const steps = milestones.filter((m) => m.role !== 'part');
	let previous: (OrderedMilestone & { when: { start: string; end: string } }) | undefined;
	for (const m of steps) {
		if (m.role !== 'event' || m.when.precision === 'undated') continue;
		const dated = m as OrderedMilestone & { when: { start: string; end: string } };
		if (previous && compareIso(dated.when.end, previous.when.start) <= 0) {
			out.add(FILE, where(m), 'date', `expected the steps to run forward in time, but this one (${dated.when.start} to ${dated.when.end}) lies wholly before "${previous.id}" (from ${previous.when.start}); move it above`);
		}
		previous = dated;
	}

	const changes = viewChanges([...(openingView ? [openingView] : []), ...steps.map((m) => m.view)]);
	if (changes > 2) {
		out.add(FILE, 'the milestones', 'view', `expected the timeline to zoom in once and out once (its view to change at most twice from the opening through the steps), got ${changes} changes`);
	}
}
