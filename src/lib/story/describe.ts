/** The text alternative of the graphic, in the edition's language, for a state. */
import type { Step, TimelineViewSetting } from '$lib/content/edition';
import type { UiStrings } from '$lib/i18n/ui';
import { fill } from '$lib/i18n/fill';
import type { GraphicState } from './graphic-state';

export function describeGraphic(
	state: GraphicState,
	steps: Step[],
	ui: UiStrings,
	timelineViews: TimelineViewSetting[]
): string {
	const view = timelineViews.find((v) => v.id === state.view)?.caption ?? '';
	const step = steps.find((s) => s.id === state.activeId);
	if (!step || step.role === 'recap') return fill(ui.describeRecap, view);
	const when =
		step.when.precision === 'undated'
			? ui.undatedLane.toLowerCase()
			: `${step.whenLabel} (${ui.precision[step.when.precision]})`;
	return fill(ui.describeTimeline, view, step.title, when);
}
