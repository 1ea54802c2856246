/**
 * TEMPORARY (issue #7, until the content engineer's branch is merged): the
 * story's graphic settings with today's values, in exactly the shapes the
 * Edition gains (timelineViews, mapViews, EditionPlace.label). The geometry is
 * what graphics/timeline/layout.ts (VIEW_DOMAINS, VIEW_UNIT) and
 * graphics/map/views.ts (VIEWS, ARC_ENDS, CENTRAL_ASIA, LABEL_POINTS) held; the
 * words are the edition's ui.overviewRange, ui.detailRange, ui.mapViews and
 * ui.regionLegend, read from the edition so every language (and its Cyrillic
 * transliteration) stays as it is.
 * On merge: delete this file, import the two setting types from
 * '$lib/content/edition' in graphic-state.ts, and pass `edition` where
 * `withSettings(edition)` is passed (Scrolly.svelte, +page.server.ts).
 * Usage: graphicPropsFor(withSettings(edition), activeId)
 */
import type { Edition, EditionPlace } from '$lib/content/edition';

/** A view of the timeline's axis (content/timeline.aml + caption from content/<lang>/graphics.aml). */
export interface TimelineViewSetting {
	/** 'overview' | 'detail' today; milestones' `view:` field names one. */
	id: string;
	/** First day shown, ISO YYYY-MM-DD. */
	from: string;
	/** Last instant shown, ISO YYYY-MM-DD. */
	to: string;
	/** The axis labels: one per year, or one per month with the years under them. */
	unit: 'year' | 'month';
	/** The view's range in words, in the edition's language. */
	caption: string;
}

/** A view of the map (content/map.aml + words from content/<lang>/graphics.aml). */
export interface MapViewSetting {
	/** 'world' | 'tashkent' | 'central-asia' | 'uzbekistan' today; milestones' `map:` names one. */
	id: string;
	/** [lon, lat] at the centre of the frame. */
	center: [number, number];
	/** Globe radius relative to half the frame's smaller side. */
	scale?: number;
	/** Or a box [[west, south], [east, north]] to fit in the frame. */
	fit?: [[number, number], [number, number]];
	/** Place ids to mark (cities: dot + name) or name (countries); regions already expanded to members. */
	places: string[];
	/** Country place ids to fill; regions already expanded to their members. */
	highlight: string[];
	/** Lightly filled (context) or strongly (the subject). */
	tone: 'light' | 'strong';
	/** Place ids of the great-circle arc's ends. */
	arc?: [string, string];
	/** Per city id, the side of its dot its name sits on; default right. */
	labelSide: Record<string, 'left' | 'right' | 'above' | 'below'>;
	/** Text alternative of the view, in the edition's language. */
	description: string;
	/** Legend line, in the edition's language, when the view has one. */
	legend?: string;
}

/** A place with, for a country, the point its name is written at. */
type LabelledPlace = EditionPlace & { label?: [number, number] };

/** An edition with its graphic settings, as the Edition will be after the merge. */
export type SettledEdition = Omit<Edition, 'places'> & {
	places: LabelledPlace[];
	timelineViews: TimelineViewSetting[];
	mapViews: MapViewSetting[];
};

/** The five states the story reads "Central Asia" as (content/places.aml's members of central-asia). */
const CENTRAL_ASIA = ['kazakhstan', 'kyrgyzstan', 'tajikistan', 'turkmenistan', 'uzbekistan'];

/** Where each country's name is written: a point well inside it, chosen by eye. */
const LABEL_POINTS: Record<string, [number, number]> = {
	kazakhstan: [67.5, 48.3],
	uzbekistan: [62.6, 41.9],
	turkmenistan: [59.0, 39.0],
	kyrgyzstan: [75.6, 41.7],
	tajikistan: [70.9, 38.6]
};

/** The edition with today's graphic settings added. */
export function withSettings(edition: Edition): SettledEdition {
	const { ui } = edition;
	return {
		...edition,
		places: edition.places.map((p) => (LABEL_POINTS[p.id] ? { ...p, label: LABEL_POINTS[p.id] } : p)),
		timelineViews: [
			{ id: 'overview', from: '2021-01-01', to: '2027-01-01', unit: 'year', caption: ui.overviewRange },
			{ id: 'detail', from: '2023-11-15', to: '2025-01-16', unit: 'month', caption: ui.detailRange }
		],
		mapViews: [
			// New York and Tashkent are 91° apart. Seen from south of the arc's
			// midpoint (over Norway), both sit 50–60° from the centre and the arc bows
			// north; names go below the dots, inside the globe, clear of the arc.
			{
				id: 'world',
				center: [0, 36],
				scale: 0.94,
				places: ['new-york', 'tashkent'],
				highlight: ['uzbekistan'],
				tone: 'light',
				arc: ['new-york', 'tashkent'],
				labelSide: { 'new-york': 'below', tashkent: 'below' },
				description: ui.mapViews.world
			},
			{
				id: 'tashkent',
				center: [69.6, 41.3],
				fit: [
					[66.3, 39.9],
					[72.9, 42.7]
				],
				places: ['tashkent'],
				highlight: ['uzbekistan'],
				tone: 'light',
				labelSide: {},
				description: ui.mapViews.tashkent
			},
			{
				id: 'central-asia',
				center: [66.9, 45.2],
				fit: [
					[46.5, 35.1],
					[87.3, 55.4]
				],
				places: CENTRAL_ASIA,
				highlight: CENTRAL_ASIA,
				tone: 'strong',
				labelSide: {},
				description: ui.mapViews['central-asia'],
				legend: ui.regionLegend
			},
			{
				id: 'uzbekistan',
				center: [64.5, 41.4],
				fit: [
					[55.9, 37.2],
					[73.1, 45.6]
				],
				places: ['uzbekistan', 'tashkent'],
				highlight: ['uzbekistan'],
				tone: 'strong',
				labelSide: {},
				description: ui.mapViews.uzbekistan
			}
		]
	};
}
