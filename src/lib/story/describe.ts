/**
 * The timeline's text alternative, in the edition's language, for a step:
 * its own mark and date, then those of the parts it tells (P6's cybersecurity
 * programme in the strategy's step), each with its precision and readings.
 * Usage: describeTimeline(step, timelineView.caption, edition.ui, parts)
 */
import type { Step } from '$lib/content/types';
import type { UiStrings } from '$lib/i18n/ui';
import { fill } from '$lib/i18n/fill';
import { yearIsOurReading } from '$lib/content/dates';

export function describeTimeline(
	step: Step,
	caption: string,
	ui: Pick<
		UiStrings,
		'undatedLane' | 'precision' | 'describeTimeline' | 'describePart' | 'describeRecap' | 'inferredMark'
	>,
	parts: Step[] = []
): string {
	if (step.role === 'recap') return fill(ui.describeRecap, caption);
	const when = (m: Step) =>
		m.when.precision === 'undated' ? ui.undatedLane.toLowerCase() : `${m.whenLabel} (${whenWords(m, ui)})`;
	const partsSaid = parts.map((p) => fill(ui.describePart, p.short, when(p))).join('');
	return fill(ui.describeTimeline, caption, step.title, when(step) + partsSaid);
}

/**
 * The milestones a whole-story picture draws, each with its date and precision, for its text
 * alternative: "Memorandum — 5 December 2023 (day); …" (undated ones only where they are drawn).
 */
export function describeMilestones(
	milestones: Step[],
	ui: Pick<UiStrings, 'undatedLane' | 'precision' | 'describePart' | 'inferredMark'>,
	withUndated: boolean
): string {
	return milestones
		.filter((m) => m.role !== 'recap' && (withUndated || m.when.precision !== 'undated'))
		.map((m) =>
			fill(
				ui.describePart,
				m.short,
				m.when.precision === 'undated' ? ui.undatedLane.toLowerCase() : `${m.whenLabel} (${whenWords(m, ui)})`
			)
		)
		.join('')
		.replace(/^;\s*/, '');
}

/** A date's precision in words, and where the year is our reading, that ("year: our reading" says both for a year). */
function whenWords(step: Pick<Step, 'when' | 'basis'>, ui: Pick<UiStrings, 'precision' | 'inferredMark'>): string {
	if (!yearIsOurReading(step.basis)) return ui.precision[step.when.precision];
	return step.when.precision === 'year' ? ui.inferredMark : `${ui.precision[step.when.precision]}; ${ui.inferredMark}`;
}
