/**
 * The graphic as a pure function of the active step: graphicStateFor picks
 * what the step shows (its views, what is highlighted); graphicPropsFor turns
 * that, with the edition's settings, into the plain props of the graphics
 * (src/lib/graphics/) and the texts that describe them. Nothing here depends
 * on the steps the reader scrolled past, so a fast scroll, a jump or a reload
 * mid-story always lands on the right picture.
 * Usage: const graphic = graphicPropsFor(edition, activeId);
 *        <Timeline {...graphic.timeline} /> <Map view={graphic.map} … />
 */
import type { EditionPlace, MapViewSetting, Step, TimelineViewSetting } from '$lib/content/types';
import type { Opening } from '$lib/content/types';
import type { UiStrings } from '$lib/i18n/ui';
import type { TimelineItem, TimelineProps } from '$lib/graphics/timeline/types';
import type { LonLat, MapMarker, MapView } from '$lib/graphics/map/types';
import { fill } from '$lib/i18n/fill';
import { untypeset } from '$lib/i18n/typeset';
import { yearIsOurReading } from '$lib/content/dates';
import { describeTimeline } from './describe';

export interface GraphicState {
	/** The active step's id; undefined in the opening (before the first step). */
	activeId: string | undefined;
	/** The id of the timeline's view (Step.view). */
	view: string;
	/** Milestones drawn as highlighted: the step's and the parts told in it, all on a recap, none in the opening. */
	highlighted: string[];
	/** Whether the step gathers every milestone (the recap). */
	recap: boolean;
	/** The id of the map's view (Step.map). */
	mapView: string;
	/**
	 * What the step changes, which a phone gives the room to: 'place' at the first step (the opening
	 * gave the timeline the room; the first step shows where the story starts) and when its map view
	 * differs from the one before it, else 'time'; the opening and the recap (every mark named, the
	 * year gathered, over the synthesis map) are 'time'.
	 */
	focus: Focus;
}

/** Which graphic a step is about, on a screen too small to give both room (see GraphicState.focus). */
type Focus = 'time' | 'place';

/** What the story's state reads of an edition. */
type StoryShape = { steps: Step[]; milestones: Step[]; opening: Opening };

/**
 * What the step shows, by ids. Before any step is active (or for an unknown id): the opening, the
 * timeline's opening view with nothing highlighted and the opening map.
 */
export function graphicStateFor(story: StoryShape, activeId: string | undefined): GraphicState {
	const step = story.steps.find((s) => s.id === activeId);
	if (!step)
		return {
			activeId: undefined,
			view: story.opening.view,
			highlighted: [],
			recap: false,
			mapView: story.opening.map,
			focus: 'time'
		};
	const recap = step.role === 'recap';
	const highlighted = recap
		? story.milestones.filter((m) => m.role !== 'recap').map((m) => m.id)
		: [step.id, ...step.parts];
	const index = story.steps.indexOf(step);
	const moved = index === 0 || step.map !== story.steps[index - 1].map;
	const focus = moved && !recap ? 'place' : 'time';
	return { activeId: step.id, view: step.view, highlighted, recap, mapView: step.map, focus };
}

/** What graphicPropsFor reads of an edition (an Edition has all of it). */
export interface GraphicEdition extends StoryShape {
	/** The edition's places, named in its language; a country's `label` is where its name is written. */
	places: (EditionPlace & { label?: LonLat })[];
	ui: Pick<
		UiStrings,
		| 'undatedLane'
		| 'precision'
		| 'describeTimeline'
		| 'describePart'
		| 'describeRecap'
		| 'detailWindow'
		| 'inferredMark'
	>;
	monthsShort: string[];
	timelineViews: TimelineViewSetting[];
	mapViews: MapViewSetting[];
}

/** Everything the sticky graphic draws for one active step. */
export interface GraphicProps {
	/** The active step's id (data-active-step); undefined in the opening. */
	activeId: string | undefined;
	/** The id of its timeline view (data-view; the timeline carries it as data-timeline-view). */
	view: string;
	/** The id of its map view (data-map-view). */
	mapView: string;
	/** Which graphic a phone gives the room to (GraphicState.focus; data-focus). */
	focus: Focus;
	/** The graphic's heading: the active step's title ('' in the opening)… */
	title: string;
	/** …its date in words… */
	dateLabel: string;
	/** …and its point, written on the graphic beside the active mark, if it has one. */
	point?: string;
	/** Where the step stands in the story: its number, from 1 (0 in the opening)… */
	position: number;
	/** …of this many steps. */
	count: number;
	/** The timeline's props; `description` is its text alternative. */
	timeline: TimelineProps;
	/** The map's view. */
	map: MapView;
	/** The map view's text alternative. */
	mapDescription: string;
}

function byId<T extends { id: string }>(list: T[], id: string, what: string): T {
	const found = list.find((x) => x.id === id);
	if (!found) throw new Error(`no ${what} "${id}" in the edition's settings`);
	return found;
}

/** A date in words, with the marker of a year that is our reading ("May 2024*"). */
export const markedWhen = (m: Pick<Step, 'whenLabel' | 'basis'>) =>
	yearIsOurReading(m.basis) ? `${m.whenLabel}*` : m.whenLabel;

/**
 * The story's milestones as timeline items: dated ones on the time scale (an inferred year marked),
 * undated ones in the lane; the recap is not drawn.
 */
export function timelineItemsFor(milestones: Step[]): TimelineItem[] {
	return milestones
		.filter((s) => s.role !== 'recap')
		.map((s) =>
			s.when.precision === 'undated'
				? { lane: 'undated', id: s.id, label: s.title, short: s.short }
				: {
						lane: 'dated',
						id: s.id,
						label: s.title,
						short: s.short,
						period: s.when,
						dateLabel: markedWhen(s),
						...(yearIsOurReading(s.basis) && { inferred: true })
					}
		);
}

const lonLatOf = (p: EditionPlace): LonLat | undefined => (p.lon != null && p.lat != null ? [p.lon, p.lat] : undefined);

/** A map view setting as the map's plain view: places resolved to names, positions and ISO codes. */
export function mapViewFor(setting: MapViewSetting, places: GraphicEdition['places']): MapView {
	const place = (id: string) => byId(places, id, 'place');
	const markers = setting.places.flatMap((id): MapMarker[] => {
		const p = place(id);
		if (p.kind === 'region') return [];
		const lonLat = p.kind === 'city' ? lonLatOf(p) : (setting.names[id] ?? p.label);
		if (!lonLat) return [];
		return p.kind === 'city'
			? [{ id, kind: 'city', name: p.name, lonLat, labelSide: setting.labelSide[id] ?? 'right' }]
			: [{ id, kind: 'country', name: p.name, lonLat, minor: !setting.highlight.includes(id) }];
	});
	const ends = setting.arc?.map((id) => lonLatOf(place(id)));
	const highlight = setting.highlight.flatMap((id) => place(id).iso ?? []);
	return {
		id: setting.id,
		center: setting.center,
		...(setting.scale !== undefined && { scale: setting.scale }),
		...(setting.fit && { fit: setting.fit }),
		highlight,
		markers,
		...(ends?.[0] && ends[1] && { arc: [ends[0], ends[1]] as [LonLat, LonLat] }),
		tone: setting.tone,
		...(setting.legend && { legend: setting.legend }),
		...(setting.locator && { locator: { fit: setting.locator, highlight } })
	};
}

/** The other views that lie inside this one: the first is marked on it as the stretch shown in detail. */
function zoomWindowFor(view: TimelineViewSetting, views: TimelineViewSetting[], label: string) {
	const inner = views.find((v) => v.id !== view.id && v.from >= view.from && v.to <= view.to);
	return inner && { from: inner.from, to: inner.to, label: fill(label, inner.caption) };
}

/** The props of the graphics and the texts that describe them, for the active step (the opening for none). */
export function graphicPropsFor(edition: GraphicEdition, activeId: string | undefined): GraphicProps {
	const state = graphicStateFor(edition, activeId);
	const step = state.activeId ? byId(edition.steps, state.activeId, 'step') : undefined;
	const timelineView = byId(edition.timelineViews, state.view, 'timeline view');
	const mapView = byId(edition.mapViews, state.mapView, 'map view');
	return {
		activeId: state.activeId,
		view: state.view,
		mapView: state.mapView,
		focus: state.focus,
		title: step?.title ?? '',
		dateLabel: step ? markedWhen(step) : '',
		...(step?.point && { point: step.point }),
		position: step ? edition.steps.indexOf(step) + 1 : 0,
		count: edition.steps.length,
		timeline: {
			items: timelineItemsFor(edition.milestones),
			axis: { id: timelineView.id, from: timelineView.from, to: timelineView.to, unit: timelineView.unit },
			highlighted: state.highlighted,
			recap: state.recap,
			months: edition.monthsShort,
			undatedLabel: edition.ui.undatedLane,
			// Words for the ear: without the typesetting's invisible joins (no line to break).
			description: untypeset(
				step
					? describeTimeline(
							step,
							timelineView.caption,
							edition.ui,
							edition.milestones.filter((m) => step.parts.includes(m.id))
						)
					: fill(edition.ui.describeRecap, timelineView.caption)
			),
			zoomWindow: zoomWindowFor(timelineView, edition.timelineViews, edition.ui.detailWindow)
		},
		map: mapViewFor(mapView, edition.places),
		mapDescription: mapView.description
	};
}

/**
 * The timeline's marks and chips as links to their steps (`#<id>`: the page's
 * step links, so they work without JavaScript), each named "<title>, <date>: go
 * to this step" for screen readers. For the story's graphics, not the embeds'.
 */
export function stepLinks(
	ui: Pick<UiStrings, 'goToStep' | 'goToNamedStep' | 'undatedLane' | 'precision'>,
	milestones: Pick<Step, 'id' | 'stepId'>[]
): Pick<TimelineProps, 'hrefFor' | 'actionLabel'> {
	return { hrefFor: (id) => `#${stepOf(milestones, id)}`, actionLabel: goToStepLabel(ui) };
}

/** The step a mark belongs to: its own, or for a part the step it is told in. */
export const stepOf = (milestones: Pick<Step, 'id' | 'stepId'>[], id: string): string =>
	milestones.find((m) => m.id === id)?.stepId ?? id;

/**
 * A mark's name as a control: "<name>, <date>: go to this step", or "<name>: go to this step" when the
 * name already says the date ("A national strategy for 2021–2026"); the undated lane's heading
 * ("No date given") reads as "no date" inside it.
 */
export const goToStepLabel =
	(ui: Pick<UiStrings, 'goToStep' | 'goToNamedStep' | 'undatedLane' | 'precision'>) => (label: string, date: string) =>
		date && untypeset(label).includes(untypeset(date))
			? fill(ui.goToNamedStep, label)
			: fill(ui.goToStep, label, date === ui.undatedLane ? ui.precision.undated : date);

/** The map view the story opens on (before any step is reached): the one its page draws at build time. */
export const openingMapView = (edition: GraphicEdition): MapView => graphicPropsFor(edition, undefined).map;

/** The map view of the first step: where an embed opens (it has no opening), drawn at build time for it. */
export const firstStepMapView = (edition: GraphicEdition): MapView => graphicPropsFor(edition, edition.steps[0].id).map;
