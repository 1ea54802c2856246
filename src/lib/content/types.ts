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
} from '$lib/content/schema';

/** Where a milestone's year comes from when the text does not give it (see content/milestones.aml). */
type DateBasis = 'stated' | 'this-year' | 'last-year' | 'no-year';

/** event: a step of its own; part: drawn and listed, told in the step above it; recap: the closing step. */
type MilestoneRole = 'event' | 'part' | 'recap';

/** What the graphic shows before the first step: a timeline view, nothing highlighted, and a map view. */
export interface Opening {
	view: string;
	map: MapViewId;
}

interface Milestone {
	id: string;
	when: When;
	/** Where its year comes from: stated in the text, or our reading of "this year", "last year" or none. */
	basis: DateBasis;
	places: string[];
	organisations: string[];
	/** Source paragraphs of the interview, e.g. ["P4"]. */
	paragraphs: string[];
	/** The timeline view's id (content/timeline.aml); a part has its step's. */
	view: string;
	/** The map view's id (content/map.aml); a part has its step's. */
	map: MapViewId;
	role: MilestoneRole;
	/** The step that tells it: its own id, or for a part the step above it. */
	stepId: string;
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
	opening: Opening;
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

/** A milestone in one edition: a step of the scrolly, a part told in one, or the recap. */
export interface Step {
	id: string;
	title: string;
	/** A few words naming it on the timeline. */
	short: string;
	/** The step's words ('' for a part, told in its step). */
	text: string;
	/** A few words written on the graphic beside the active mark, if any. */
	point?: string;
	/** Words quoted from the interview, with the language's quotation marks. */
	quote?: string;
	/** The quote as its image sets it, where not the quote itself (a cut of a long one, or its whole sentence). */
	shareQuote?: string;
	/** Steps: the link preview's title and description (plain text, read outside the page). */
	share?: { title: string; text: string };
	when: When;
	/** Where its year comes from (stated, or our reading). */
	basis: DateBasis;
	/** The date as precisely as the interview gives it, in words ("" for the recap; no marker for an inferred year). */
	whenLabel: string;
	paragraphs: string[];
	placeNames: string[];
	organisationNames: string[];
	/** The timeline view's id (TimelineViewSetting.id). */
	view: string;
	/** The map's view for this step (MapViewSetting.id). */
	map: MapViewId;
	role: MilestoneRole;
	/** The step that tells it: its own id, or for a part the step above it. */
	stepId: string;
	/** For a step: the parts told in it (ids), highlighted with it. */
	parts: string[];
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
	/** The scrolly's steps (events and the recap), in order. */
	steps: Step[];
	/** Every milestone (steps and the parts told in them), in the story's order: the timeline's marks and the table's rows. */
	milestones: Step[];
	/** What the graphic shows before the first step. */
	opening: Opening;
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

/** The part of an edition an embed reads: enough for graphicPropsFor, the steps' words, the headline and the credit. */
export type EmbedEdition = Pick<
	Edition,
	'lang' | 'steps' | 'milestones' | 'opening' | 'places' | 'timelineViews' | 'mapViews' | 'ui' | 'monthsShort'
> & {
	copy: Pick<Edition['copy'], 'headline' | 'agencyCredit' | 'quotesTranslated'>;
	/** The story's absolute address under the site's root (SITE_URL and BASE_PATH): the embed's canonical link. */
	canonical: string;
};
