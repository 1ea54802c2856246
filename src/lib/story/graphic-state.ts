/**
 * The graphic's state as a pure function of the active step. Nothing here
 * depends on the steps the reader scrolled past, so a fast scroll, a jump or a
 * reload mid-story always lands on the right picture.
 */
import type { Step } from '$lib/content/edition';
import type { MapViewId } from '$lib/content/schema';

export interface GraphicState {
	/** The active milestone's id. */
	activeId: string;
	/** The timeline's axis: the whole 2021–2026 span or Dec 2023 – Dec 2024. */
	view: 'overview' | 'detail';
	/** Milestones drawn as highlighted: the active one, or all on a recap step. */
	highlighted: string[];
	/** The map's view. */
	mapView: MapViewId;
}

export function graphicStateFor(steps: Step[], activeId: string | undefined): GraphicState {
	const step = steps.find((s) => s.id === activeId) ?? steps[0];
	const highlighted = step.role === 'recap' ? steps.filter((s) => s.role === 'event').map((s) => s.id) : [step.id];
	return { activeId: step.id, view: step.view as GraphicState['view'], highlighted, mapView: step.map };
}
