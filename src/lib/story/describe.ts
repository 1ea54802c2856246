/**
 * The timeline's text alternative, in the edition's language, for a step.
 * Usage: describeTimeline(step, timelineView.caption, edition.ui)
 */
import type { Step } from '$lib/content/edition';
import type { UiStrings } from '$lib/i18n/ui';
import { fill } from '$lib/i18n/fill';

export function describeTimeline(
	step: Step,
	caption: string,
	ui: Pick<UiStrings, 'undatedLane' | 'precision' | 'describeTimeline' | 'describeRecap' | 'inferredMark'>
): string {
	if (step.role === 'recap') return fill(ui.describeRecap, caption);
	const when =
		step.when.precision === 'undated'
			? ui.undatedLane.toLowerCase()
			: `${step.whenLabel} (${ui.precision[step.when.precision]}${step.basis === 'stated' ? '' : `; ${ui.inferredMark}`})`;
	return fill(ui.describeTimeline, caption, step.title, when);
}
