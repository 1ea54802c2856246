/**
 * The timeline's text alternative, in the edition's language, for a step.
 * Usage: describeTimeline(step, timelineView.caption, edition.ui)
 */
import type { Step } from '$lib/content/edition';
import type { UiStrings } from '$lib/i18n/ui';
import { fill } from '$lib/i18n/fill';
import { yearIsOurReading } from '$lib/content/dates';

export function describeTimeline(
	step: Step,
	caption: string,
	ui: Pick<UiStrings, 'undatedLane' | 'precision' | 'describeTimeline' | 'describeRecap' | 'inferredMark'>
): string {
	if (step.role === 'recap') return fill(ui.describeRecap, caption);
	const when =
		step.when.precision === 'undated' ? ui.undatedLane.toLowerCase() : `${step.whenLabel} (${whenWords(step, ui)})`;
	return fill(ui.describeTimeline, caption, step.title, when);
}

/** A date's precision in words, and where the year is our reading, that ("year: our reading" says both for a year). */
function whenWords(step: Pick<Step, 'when' | 'basis'>, ui: Pick<UiStrings, 'precision' | 'inferredMark'>): string {
	if (!yearIsOurReading(step.basis)) return ui.precision[step.when.precision];
	return step.when.precision === 'year' ? ui.inferredMark : `${ui.precision[step.when.precision]}; ${ui.inferredMark}`;
}
