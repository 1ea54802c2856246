/**
 * The shape of every content file, as zod schemas. Each message is the
 * "expected …" half of an error an editor reads, so it says what is wanted.
 */
import { z } from 'zod';

const text = z.string({ error: 'some text' }).trim().min(1, { error: 'some text, not an empty value' });

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

export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const PARAGRAPH_ID = /^P\d+$/;
const kebabId = z
	.string({ error: 'a kebab-case id such as "visit-roadmap"' })
	.regex(KEBAB_ID, { error: 'a kebab-case id such as "visit-roadmap"' });

/** The map's views, named by each milestone in content. */
export const MAP_VIEWS = ['world', 'tashkent', 'central-asia', 'uzbekistan'] as const;
export type MapViewId = (typeof MAP_VIEWS)[number];

/** content/milestones.aml: one entry per step, language-neutral. */
export const milestoneEntry = z.strictObject({
	id: kebabId,
	precision: z.string({ error: 'a precision: day, month, year, range or undated' }),
	date: z.string().optional(),
	end: z.string().optional(),
	places: idList('place ids', KEBAB_ID),
	organisations: idList('organisation ids', KEBAB_ID),
	paragraphs: idList('paragraph ids', PARAGRAPH_ID).pipe(
		z.array(z.string()).min(1, { error: 'at least one source paragraph, such as P4' })
	),
	view: z.enum(['overview', 'detail'], { error: 'a timeline view: overview or detail' }),
	map: z.enum(MAP_VIEWS, { error: `a map view: ${MAP_VIEWS.join(', ')}` }),
	role: z.enum(['event', 'recap'], { error: 'a role: event or recap' }).default('event')
});
export type MilestoneEntry = z.infer<typeof milestoneEntry>;

/** content/places.aml */
export const placeEntry = z.strictObject({
	id: kebabId,
	kind: z.enum(['city', 'country', 'region'], { error: 'a kind: city, country or region' }),
	lon: z.coerce.number({ error: 'a longitude in degrees' }).min(-180).max(180).optional(),
	lat: z.coerce.number({ error: 'a latitude in degrees' }).min(-90).max(90).optional(),
	iso: z.string().regex(/^\d{3}$/, { error: 'an ISO 3166-1 numeric code such as 860' }).optional(),
	members: idList('place ids', KEBAB_ID)
});
export type PlaceEntry = z.infer<typeof placeEntry>;

/** content/organisations.aml */
export const organisationEntry = z.strictObject({ id: kebabId });

/** content/<lang>/milestones.aml: the words of one step in one language. */
export const milestoneTextEntry = z.strictObject({
	id: kebabId,
	title: text,
	text: text,
	quote: text.optional()
});
export type MilestoneText = z.infer<typeof milestoneTextEntry>;

/** content/<lang>/interview.aml: one paragraph of the interview. */
export const paragraphEntry = z.strictObject({
	id: z.string({ error: 'a paragraph id such as P4' }).regex(PARAGRAPH_ID, { error: 'a paragraph id such as P4' }),
	text
});
export type Paragraph = z.infer<typeof paragraphEntry>;

/** content/<lang>/copy.aml: the story's own words around the steps. */
export const copyFile = z.strictObject({
	headline: text,
	standfirst: text,
	byline: text,
	published: z
		.string({ error: 'a publication day as YYYY-MM-DD' })
		.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'a publication day as YYYY-MM-DD' }),
	agencyCredit: text,
	/** Translations say what they are translated from; the original has none. */
	translationNote: text.optional(),
	intro: z.array(text).min(1, { error: 'at least one paragraph' }),
	scrollyHeading: text,
	tableHeading: text,
	interviewHeading: text,
	notesHeading: text,
	creditsHeading: text,
	notes: z.array(text).min(1, { error: 'at least one note' }),
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
	places: z.record(z.string(), text),
	organisations: z.record(z.string(), text)
});
