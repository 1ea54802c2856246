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
import type { EditionPlace, MapViewSetting, Step, TimelineViewSetting } from '$lib/content/edition';
import type { UiStrings } from '$lib/i18n/ui';
import type { TimelineItem, TimelineProps } from '$lib/graphics/timeline/types';
import type { LonLat, MapMarker, MapView } from '$lib/graphics/map/types';
import { fill } from '$lib/i18n/fill';
import { describeTimeline } from './describe';

export interface GraphicState {
	/** The active milestone's id. */
	activeId: string;
	/** The id of the timeline's view (Step.view). */
	view: string;
	/** Milestones drawn as highlighted: the active one, or all on a recap step. */
	highlighted: string[];
	/** The id of the map's view (Step.map). */
	mapView: string;
}

/** What the step shows, by ids; before any step is active (or for an unknown id), the first step. */
export function graphicStateFor(steps: Step[], activeId: string | undefined): GraphicState {
	const step = steps.find((s) => s.id === activeId) ?? steps[0];
	const highlighted = step.role === 'recap' ? steps.filter((s) => s.role === 'event').map((s) => s.id) : [step.id];
	return { activeId: step.id, view: step.view, highlighted, mapView: step.map };
}

/** What graphicPropsFor reads of an edition (an Edition has all of it). */
export interface GraphicEdition {
	steps: Step[];
	/** The edition's places, named in its language; a country's `label` is where its name is written. */
	places: (EditionPlace & { label?: LonLat })[];
	ui: Pick<UiStrings, 'undatedLane' | 'precision' | 'describeTimeline' | 'describeRecap' | 'detailWindow'>;
	monthsShort: string[];
	timelineViews: TimelineViewSetting[];
	mapViews: MapViewSetting[];
}

/** Everything the sticky graphic draws for one active step. */
export interface GraphicProps {
	/** The active step's id (data-active-step). */
	activeId: string;
	/** The id of its timeline view (data-view; the timeline carries it as data-timeline-view). */
	view: string;
	/** The id of its map view (data-map-view). */
	mapView: string;
	/** The graphic's heading: the active step's title… */
	title: string;
	/** …and its date in words. */
	dateLabel: string;
	/** Where the step stands in the story: its number, from 1… */
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

/** The story's events as timeline items: dated ones on the time scale, undated ones in the lane; recaps are not drawn. */
export function timelineItemsFor(steps: Step[]): TimelineItem[] {
	return steps
		.filter((s) => s.role === 'event')
		.map((s) =>
			s.when.precision === 'undated'
				? { lane: 'undated', id: s.id, label: s.title, short: s.short }
				: { lane: 'dated', id: s.id, label: s.title, short: s.short, period: s.when, dateLabel: s.whenLabel }
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

/** The props of the graphics and the texts that describe them, for the active step. */
export function graphicPropsFor(edition: GraphicEdition, activeId: string | undefined): GraphicProps {
	const state = graphicStateFor(edition.steps, activeId);
	const step = byId(edition.steps, state.activeId, 'step');
	const timelineView = byId(edition.timelineViews, state.view, 'timeline view');
	const mapView = byId(edition.mapViews, state.mapView, 'map view');
	return {
		activeId: state.activeId,
		view: state.view,
		mapView: state.mapView,
		title: step.title,
		dateLabel: step.whenLabel,
		position: edition.steps.indexOf(step) + 1,
		count: edition.steps.length,
		timeline: {
			items: timelineItemsFor(edition.steps),
			axis: { id: timelineView.id, from: timelineView.from, to: timelineView.to, unit: timelineView.unit },
			highlighted: state.highlighted,
			months: edition.monthsShort,
			undatedLabel: edition.ui.undatedLane,
			description: describeTimeline(step, timelineView.caption, edition.ui),
			zoomWindow: zoomWindowFor(timelineView, edition.timelineViews, edition.ui.detailWindow)
		},
		map: mapViewFor(mapView, edition.places),
		mapDescription: mapView.description
	};
}

/**
 * The opening's overview: every milestone on the widest view (the one the
 * others lie inside), each named and drawn in its precision's colour, with
 * the stretch told in detail marked.
 */
export function overviewTimelineFor(edition: GraphicEdition): TimelineProps {
	const views = edition.timelineViews;
	const widest = views.find((v) => views.every((o) => o.from >= v.from && o.to <= v.to)) ?? views[0];
	return {
		items: timelineItemsFor(edition.steps),
		axis: { id: widest.id, from: widest.from, to: widest.to, unit: widest.unit },
		highlighted: edition.steps.filter((s) => s.role === 'event').map((s) => s.id),
		months: edition.monthsShort,
		undatedLabel: edition.ui.undatedLane,
		description: fill(edition.ui.describeRecap, widest.caption),
		zoomWindow: zoomWindowFor(widest, views, edition.ui.detailWindow)
	};
}

/**
 * The timeline's marks and chips as links to their steps (`#<id>`: the page's
 * step links, so they work without JavaScript), each named "<title>, <date>: go
 * to this step" for screen readers. For the story's graphics, not the embeds'.
 */
export function stepLinks(ui: Pick<UiStrings, 'goToStep'>): Pick<TimelineProps, 'hrefFor' | 'actionLabel'> {
	return { hrefFor: (id) => `#${id}`, actionLabel: (label, date) => fill(ui.goToStep, label, date) };
}

/** The map view a page opens on (before any step is chosen): the one drawn at build time. */
export const openingMapView = (edition: GraphicEdition): MapView => graphicPropsFor(edition, undefined).map;
