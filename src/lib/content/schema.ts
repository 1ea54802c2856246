/**
 * The shape of every content file, as zod schemas. Each message is the
 * "expected …" half of an error an editor reads, so it says what is wanted.
 * Whether ids name something that exists is checked later (references.ts).
 */
import { z } from 'zod';
import { isCalendarDay } from '$lib/content/dates';

/**
 * Longest values, in characters: a pasted document in a field stops the build
 * instead of swelling the page. Today's longest: a title 88, a step's text 332,
 * a note 364, an interview paragraph 670.
 */
const MAX_LENGTH = { short: 200, long: 2000, paragraph: 5000 } as const;

/** Some text of at most `max` characters (a heading, a name: short; a paragraph: long). */
const words = (max: number) =>
	z
		.string({ error: 'some text' })
		.trim()
		.min(1, { error: 'some text, not an empty value' })
		.max(max, { error: `at most ${max} characters` });
const text = words(MAX_LENGTH.long);
const short = words(MAX_LENGTH.short);

/** "a, b, c" → ["a", "b", "c"]; an empty field → []. */
const idList = (what: string, pattern: RegExp) =>
	z
		.string({ error: `a comma-separated list of ${what}` })
		.default('')
		.transform((s) =>
			s
				.split(',')
				.map((x) => x.trim())
				.filter(Boolean)
		)
		.pipe(z.array(z.string().regex(pattern, { error: `${what} such as ${pattern.source}` })));

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PARAGRAPH_ID = /^P\d+$/;
const kebabId = z
	.string({ error: 'a kebab-case id such as "visit-roadmap"' })
	.regex(KEBAB_ID, { error: 'a kebab-case id such as "visit-roadmap"' });

/** A map view's id (content/map.aml), as milestones' `map:` field names one. */
export type MapViewId = string;

/** "a, b, …" → `count` numbers. */
const numbers = (what: string, count: number) =>
	z.string({ error: what }).transform((s, ctx) => {
		const parts = s.split(',').map((x) => x.trim());
		const values = parts.map(Number);
		if (parts.length !== count || parts.some((x) => x === '') || values.some((n) => !Number.isFinite(n))) {
			ctx.addIssue({ code: 'custom', message: what, input: s });
			return z.NEVER;
		}
		return values;
	});

const lonLat = numbers('lon, lat in degrees, such as "69.6, 41.3"', 2)
	.refine(([lon, lat]) => Math.abs(lon) <= 180 && Math.abs(lat) <= 90, {
		error: 'lon between -180 and 180 and lat between -90 and 90'
	})
	.transform((v) => v as [number, number]);

const isoDay = z
	.string({ error: 'a day as YYYY-MM-DD' })
	.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'a day as YYYY-MM-DD', abort: true })
	.refine(isCalendarDay, { error: 'a day that exists in the calendar' });

/** content/milestones.aml: one entry per milestone, language-neutral, in the order the reader meets them. */
export const milestoneEntry = z.strictObject({
	id: kebabId,
	/** event: a step of its own; part: drawn and listed, told in the step above it; recap: the closing step. */
	role: z.enum(['event', 'part', 'recap'], { error: 'a role: event, part or recap' }).default('event'),
	/** Where the year comes from when the text does not give it (month and year precision only). */
	basis: z.enum(['this-year', 'last-year', 'no-year'], { error: 'a basis: this-year, last-year or no-year (or no basis line)' }).optional(),
	precision: z.string({ error: 'a precision: day, month, year, range or undated' }),
	date: z.string().optional(),
	end: z.string().optional(),
	places: idList('place ids', KEBAB_ID),
	organisations: idList('organisation ids', KEBAB_ID),
	paragraphs: idList('paragraph ids', PARAGRAPH_ID).pipe(
		z.array(z.string()).min(1, { error: 'at least one source paragraph, such as P4' })
	),
	/** A timeline view's id (content/timeline.aml), checked in references.ts; steps only. */
	view: kebabId.optional(),
	/** A map view's id (content/map.aml), checked in references.ts; steps only. */
	map: kebabId.optional()
});
export type MilestoneEntry = z.infer<typeof milestoneEntry>;

/** content/milestones.aml, top level: what the graphic shows before the first step. */
export const openingEntry = z.strictObject({
	/** The timeline's view before the first step, nothing highlighted. */
	openingView: kebabId,
	/** The map's view before the first step. */
	openingMap: kebabId
});
export type OpeningEntry = z.infer<typeof openingEntry>;

/** content/places.aml */
export const placeEntry = z.strictObject({
	id: kebabId,
	kind: z.enum(['city', 'country', 'region'], { error: 'a kind: city, country or region' }),
	lon: z.coerce.number({ error: 'a longitude in degrees' }).min(-180).max(180).optional(),
	lat: z.coerce.number({ error: 'a latitude in degrees' }).min(-90).max(90).optional(),
	iso: z.string().regex(/^\d{3}$/, { error: 'an ISO 3166-1 numeric code such as 860' }).optional(),
	/** Where the map writes a country's name. */
	label: lonLat.optional(),
	members: idList('place ids', KEBAB_ID)
});
export type PlaceEntry = z.infer<typeof placeEntry>;

/** content/timeline.aml: one entry per view of the timeline's axis. */
export const timelineViewEntry = z
	.strictObject({
		id: kebabId,
		from: isoDay,
		to: isoDay,
		unit: z.enum(['year', 'month'], { error: 'a unit: year or month' })
	})
	.refine((v) => v.from < v.to, { error: 'a day after from', path: ['to'] });
export type TimelineViewEntry = z.infer<typeof timelineViewEntry>;

const LABEL_SIDES = ['left', 'right', 'above', 'below'] as const;
type LabelSide = (typeof LABEL_SIDES)[number];
const labelSides = z
	.string({ error: 'city ids with a side, such as "new-york below, tashkent left"' })
	.default('')
	.transform((s, ctx) => {
		const sides: Record<string, LabelSide> = {};
		for (const pair of s.split(',').map((x) => x.trim()).filter(Boolean)) {
			const [id, side, ...more] = pair.split(/\s+/);
			if (!KEBAB_ID.test(id) || !LABEL_SIDES.includes(side as LabelSide) || more.length) {
				ctx.addIssue({ code: 'custom', message: `a city id and a side (${LABEL_SIDES.join(', ')}), such as "new-york below"`, input: pair });
				return z.NEVER;
			}
			sides[id] = side as LabelSide;
		}
		return sides;
	});

/** "kazakhstan 68.6 42.35, …" → where this view writes each country's name, [lon, lat] by place id. */
const namePoints = z
	.string({ error: 'country ids with lon and lat, such as "kazakhstan 68.6 42.35, uzbekistan 67.6 40.4"' })
	.default('')
	.transform((s, ctx) => {
		const points: Record<string, [number, number]> = {};
		for (const entry of s.split(',').map((x) => x.trim()).filter(Boolean)) {
			const [id, lon, lat, ...more] = entry.split(/\s+/);
			const [x, y] = [Number(lon), Number(lat)];
			if (!KEBAB_ID.test(id) || !Number.isFinite(x) || !Number.isFinite(y) || Math.abs(x) > 180 || Math.abs(y) > 90 || more.length) {
				ctx.addIssue({ code: 'custom', message: 'a country id, a longitude and a latitude, such as "kazakhstan 68.6 42.35"', input: entry });
				return z.NEVER;
			}
			points[id] = [x, y];
		}
		return points;
	});

/** A box as "west, south, east, north" in degrees → [[w, s], [e, n]]. */
const box = numbers('a box as west, south, east, north in degrees, such as "55.9, 37.2, 73.1, 45.6"', 4)
	.refine(([w, s, e, n]) => w < e && s < n, { error: 'a box with west < east and south < north' })
	.transform(([w, s, e, n]): [[number, number], [number, number]] => [[w, s], [e, n]]);

/** content/map.aml: one entry per view of the map. */
export const mapViewEntry = z
	.strictObject({
		id: kebabId,
		center: lonLat,
		scale: z.coerce.number({ error: 'a number such as 0.94' }).positive({ error: 'a number above 0, such as 0.94' }).optional(),
		fit: box.optional(),
		places: idList('place ids', KEBAB_ID),
		highlight: idList('place ids', KEBAB_ID),
		tone: z.enum(['light', 'strong'], { error: 'a tone: light or strong' }),
		arc: idList('place ids', KEBAB_ID)
			.pipe(z.array(z.string()).length(2, { error: 'two place ids: the ends of the arc' }))
			.transform((ends) => ends as [string, string])
			.optional(),
		labels: labelSides,
		names: namePoints,
		locator: box.optional(),
		legend: z.enum(['yes', 'no'], { error: 'yes or no' }).default('no').transform((v) => v === 'yes')
	})
	.refine((v) => (v.scale === undefined) !== (v.fit === undefined), {
		error: 'either scale or fit (not both)',
		path: ['fit']
	});
export type MapViewEntry = z.infer<typeof mapViewEntry>;

/** content/organisations.aml */
export const organisationEntry = z.strictObject({ id: kebabId });

/** content/<lang>/milestones.aml: the words of one step in one language. */
export const milestoneTextEntry = z.strictObject({
	id: kebabId,
	title: short,
	/** A few words naming the milestone on the timeline, restating the title (at most 48 characters). */
	short: words(48),
	/** The step's words; a part (told in the step above it) has none. */
	text: text.optional(),
	/** A few words written on the graphic beside the active mark (at most 60 characters). */
	point: words(60).optional(),
	quote: text.optional(),
	/** The quote as its image sets it, where not the quote itself: a cut of a long one (needed over
	 * QUOTE_IMAGE_MAX characters), or the whole sentence of which the step's card keeps a part. Words
	 * of the same paragraphs verbatim, "…" where words are left out. */
	shareQuote: text.optional(),
	/** Steps only: the title of the step's link preview, a news line that stands alone (at most 70 characters). */
	shareTitle: words(70).optional(),
	/** Steps only: its description, standing alone, a year that is our reading marked (at most 200 characters). */
	shareText: words(200).optional()
});
export type MilestoneText = z.infer<typeof milestoneTextEntry>;

/** content/<lang>/interview.aml: one paragraph of the interview. */
export const paragraphEntry = z.strictObject({
	id: z.string({ error: 'a paragraph id such as P4' }).regex(PARAGRAPH_ID, { error: 'a paragraph id such as P4' }),
	text: words(MAX_LENGTH.paragraph)
});
export type Paragraph = z.infer<typeof paragraphEntry>;

/** content/<lang>/copy.aml: the story's own words around the steps. */
export const copyFile = z.strictObject({
	headline: short,
	standfirst: text,
	byline: short,
	/** The story's link preview: its title (at most 70 characters) and description (at most 200). */
	shareTitle: words(70),
	shareText: words(200),
	/** Who publishes the story (a link preview's site name, og:site_name: not the story's own name). */
	publisher: short,
	/** The publisher's account on X, as @name, for twitter:site (optional). */
	twitterSite: z
		.string()
		.regex(/^@\w{1,15}$/, { error: 'an X account such as @dunyo_news' })
		.optional(),
	/** Who speaks in the quotes, as a quote image credits him: name and role (issue #22). */
	speaker: short,
	/** The story's quote image: words of the interview, verbatim… */
	storyQuote: words(300),
	/** …and the paragraph they come from. */
	storyQuoteFrom: z.string().regex(PARAGRAPH_ID, { error: 'a paragraph id such as P10' }),
	published: isoDay,
	agencyCredit: short,
	/** Translations say what they are translated from; the original has none. */
	translationNote: text.optional(),
	/** …and where its quotes stand without that note (the story's embed): one line saying they are translated. */
	quotesTranslated: short.optional(),
	intro: z.array(text).min(1, { error: 'at least one paragraph' }),
	scrollyHeading: short,
	tableHeading: short,
	interviewHeading: short,
	/** The line that closes the story and opens the full interview (the steps end on it). */
	interviewLead: text.optional(),
	notesHeading: short,
	creditsHeading: short,
	/** The notes on sources and methods every reader sees… */
	notes: z.array(text).min(1, { error: 'at least one note' }),
	/** …and the long form, folded under them. */
	notesMore: z.array(text).default([]),
	/** A note on the script of this edition (Uzbek only). */
	scriptNote: text.optional(),
	/** The Uzbek Cyrillic edition's note under the byline, written in Latin and transliterated. */
	cyrillicEditionNote: text.optional(),
	/** The script note of the Uzbek Cyrillic edition, written in Latin and transliterated. */
	cyrillicScriptNote: text.optional(),
	credits: z.array(text).min(1, { error: 'at least one credit' })
});
export type Copy = z.infer<typeof copyFile>;

/** content/<lang>/names.aml: names of places and organisations, by id. */
export const namesFile = z.strictObject({
	places: z.record(z.string(), short),
	organisations: z.record(z.string(), short)
});

/** content/<lang>/graphics.aml: the words about the timeline's and the map's views, by view id. */
export const graphicsFile = z.strictObject({
	timeline: z.record(z.string(), short),
	maps: z.record(z.string(), text),
	legends: z.record(z.string(), short).default({})
});
export type GraphicsWords = z.infer<typeof graphicsFile>;

/** content/transliteration.aml, [words]: a word the Uzbek Cyrillic edition writes by usage. */
export const transliterationWord = z.strictObject({
	latin: z
		.string({ error: 'a word or name in Latin script' })
		.regex(/^[A-Za-z][A-Za-zʻʼ -]*$/, { error: 'a word or name in Latin script, such as "Toshkent"' }),
	cyrillic: z
		.string({ error: 'its Cyrillic spelling' })
		.regex(/^\p{Script=Cyrillic}[\p{Script=Cyrillic} -]*$/u, { error: 'its Cyrillic spelling, such as "Тошкент"' })
});

/** content/transliteration.aml, [keepLatin]: words kept in Latin script. */
export const keepLatinList = z.array(
	z
		.string({ error: 'a word in Latin script' })
		.regex(/^[A-Za-z0-9][A-Za-z0-9 .-]*$/, { error: 'words in Latin script, such as "UNOCT"' })
);
