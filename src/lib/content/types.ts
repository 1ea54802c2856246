/**
 * The types shared by the content model's steps (parse → shapes → references
 * → derived editions) and by the edition a page renders. Types only: every
 * module of content/ may import this one, and it imports nothing of theirs
 * but the zod-inferred entry types.
 */
import type { ContentLang, Lang } from '$lib/i18n/languages';
import type { TransliterationList } from '$lib/i18n/transliterate';
import type { UiStrings } from '$lib/i18n/ui';
import type { When } from './dates';
import type {
	Copy,
	GraphicsWords,
	MapViewEntry,
	MapViewId,
	MilestoneText,
	Paragraph,
	PlaceEntry,
	TimelineViewEntry
} from './schema';

interface Milestone {
	id: string;
	when: When;
	places: string[];
	organisations: string[];
	/** Source paragraphs of the interview, e.g. ["P4"]. */
	paragraphs: string[];
	/** The timeline view's id (content/timeline.aml). */
	view: string;
	/** The map view's id (content/map.aml). */
	map: MapViewId;
	role: 'event' | 'recap';
	/** The step's words, keyed by language. */
	text: Record<Lang, MilestoneText>;
}

/** A place of content/places.aml with its label point, if it is a country. */
export type Place = PlaceEntry;

/** A map view as content/map.aml gives it, regions in places and highlight expanded to their members. */
export type MapView = MapViewEntry;

/** The words of one edition (every content language, and the derived ones). */
export interface EditionContent {
	copy: Copy;
	paragraphs: Paragraph[];
	placeNames: Record<string, string>;
	organisationNames: Record<string, string>;
	/** The words about the graphics (content/<lang>/graphics.aml). */
	graphics: GraphicsWords;
	/** Interface strings (src/lib/i18n/ui.ts; transliterated for uz-cyrl). */
	ui: UiStrings;
}

export interface ContentModel {
	milestones: Milestone[];
	places: Place[];
	timelineViews: TimelineViewEntry[];
	mapViews: MapView[];
	/** The Uzbek Cyrillic edition's word lists (content/transliteration.aml). */
	transliteration: TransliterationList;
	editions: Record<Lang, EditionContent>;
}

/** The model before the derived editions are made (content languages only). */
export interface SourceModel extends Omit<ContentModel, 'milestones' | 'editions'> {
	milestones: (Omit<Milestone, 'text'> & { text: Record<ContentLang, MilestoneText> })[];
	editions: Record<ContentLang, EditionContent>;
}

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
	/** Milestones' `map:` field names one. */
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
	tone: 'light' | 'strong';
	/** Place ids of the great-circle arc's ends. */
	arc?: [string, string];
	/** Which side of its dot each city's name sits on; right when absent. */
	labelSide: Record<string, 'left' | 'right' | 'above' | 'below'>;
	/** Where this view writes a country's name, [lon, lat] by place id, instead of the place's `label`. */
	names: Record<string, [number, number]>;
	/** A box [[west, south], [east, north]] for a corner mini-map placing the frame in its region, if any. */
	locator?: [[number, number], [number, number]];
	/** Text alternative of the view, in the edition's language. */
	description: string;
	/** Legend line, in the edition's language, when the view has one. */
	legend?: string;
}

export interface Step {
	id: string;
	title: string;
	/** A few words naming it on the timeline. */
	short: string;
	text: string;
	/** Words quoted from the interview, with the language's quotation marks. */
	quote?: string;
	when: When;
	/** The date as precisely as the interview gives it, in words. */
	whenLabel: string;
	paragraphs: string[];
	placeNames: string[];
	organisationNames: string[];
	/** The timeline view's id (TimelineViewSetting.id). */
	view: string;
	/** The map's view for this step (MapViewSetting.id). */
	map: MapViewId;
	role: 'event' | 'recap';
}

/** A place with its name in the edition's language. */
export interface EditionPlace {
	id: string;
	kind: 'city' | 'country' | 'region';
	name: string;
	lon?: number;
	lat?: number;
	/** ISO 3166-1 numeric code of a country, as in Natural Earth's data. */
	iso?: string;
	/** For countries: where the name is written, [lon, lat]. */
	label?: [number, number];
	/** Countries a region is read as (ids). */
	members: string[];
}

export interface Edition {
	lang: Lang;
	copy: Copy;
	publishedLabel: string;
	readingMinutes: number;
	steps: Step[];
	paragraphs: Paragraph[];
	places: EditionPlace[];
	/** The timeline's views, with their captions in the edition's language. */
	timelineViews: TimelineViewSetting[];
	/** The map's views, with their words in the edition's language. */
	mapViews: MapViewSetting[];
	/** Interface strings of this edition (plain strings; see i18n/fill.ts). */
	ui: UiStrings;
	/** Short month names for the timeline's axis. */
	monthsShort: string[];
}
