/**
 * Step 2 of the content model: each parsed file against its zod schema
 * (schema.ts), on its own: fields, types, lengths, ids unique within the file.
 * Invalid entries are reported and left out; whether ids name something in
 * another file is step 3 (references.ts).
 *
 *   const shapes = checkShapes(parseContent(files, out), out);
 */
import type { z } from 'zod';
import { CONTENT_LANGUAGES, type ContentLang } from '$lib/i18n/languages';
import type { TransliterationList } from '$lib/i18n/transliterate';
import type { ParsedContent } from '$lib/server/content/parse';
import type { Problems } from '$lib/server/content/problems';
import {
	copyFile,
	graphicsFile,
	keepLatinList,
	mapViewEntry,
	milestoneEntry,
	openingEntry,
	type OpeningEntry,
	milestoneTextEntry,
	namesFile,
	organisationEntry,
	paragraphEntry,
	placeEntry,
	timelineViewEntry,
	transliterationWord,
	type Copy,
	type GraphicsWords,
	type MapViewEntry,
	type MilestoneEntry,
	type MilestoneText,
	type Paragraph,
	type PlaceEntry,
	type TimelineViewEntry
} from '$lib/content/schema';

interface EditionShapes {
	copy: Copy | null;
	paragraphs: Paragraph[];
	names: z.infer<typeof namesFile> | null;
	texts: MilestoneText[];
	graphics: GraphicsWords | null;
}

export interface Shapes {
	places: PlaceEntry[];
	organisations: string[];
	/** What the graphic shows before the first step (content/milestones.aml's top level). */
	opening: OpeningEntry | null;
	milestones: MilestoneEntry[];
	/** Ids of every milestone entry, valid or not (so other files' references to it are not reported twice). */
	milestoneIds: string[];
	timelineViews: TimelineViewEntry[];
	mapViews: MapViewEntry[];
	transliteration: TransliterationList;
	editions: Record<ContentLang, EditionShapes>;
}

/** Validates each entry of a list with a schema, keeping the valid ones; reports repeated ids. */
function entries<S extends z.ZodType>(
	file: string,
	kind: string,
	list: unknown,
	schema: S,
	out: Problems,
	idKey = 'id'
): z.infer<S>[] {
	if (!Array.isArray(list) || list.length === 0) {
		out.add(file, `list [${kind}s]`, null, 'expected a non-empty list of entries');
		return [];
	}
	const valid: z.infer<S>[] = [];
	const seen = new Set<string>();
	list.forEach((raw, index) => {
		const rawId = (raw as Record<string, unknown>)?.[idKey];
		const named = typeof rawId === 'string' && rawId !== '';
		const where = named ? `${kind} "${rawId}"` : `${kind} #${index + 1}`;
		if (named && seen.has(rawId)) out.add(file, where, idKey, `expected a unique ${idKey}; this one appears more than once`);
		if (named) seen.add(rawId);
		const result = schema.safeParse(raw, { reportInput: true });
		if (result.success) valid.push(result.data);
		else out.addIssues(file, where, result.error.issues);
	});
	return valid;
}

/** Validates a file (or part of one) that is a single object. */
function single<S extends z.ZodType>(file: string, where: string, value: unknown, schema: S, out: Problems): z.infer<S> | null {
	const result = schema.safeParse(value ?? {}, { reportInput: true });
	if (result.success) return result.data;
	out.addIssues(file, where, result.error.issues);
	return null;
}

function checkPlaces(list: unknown, out: Problems): PlaceEntry[] {
	const file = 'content/places.aml';
	const places = entries(file, 'place', list, placeEntry, out);
	for (const p of places) {
		const where = `place "${p.id}"`;
		if (p.kind === 'city' && (p.lon === undefined || p.lat === undefined)) out.add(file, where, 'lon', 'expected lon and lat for a city');
		if (p.kind === 'country' && !p.iso) out.add(file, where, 'iso', 'expected an ISO 3166-1 numeric code for a country');
		if (p.kind !== 'country' && p.label) out.add(file, where, 'label', 'expected a label point only for a country; a city is labelled at its lon, lat');
		if (p.kind !== 'region' && p.members.length) out.add(file, where, 'members', 'expected members only for a region');
	}
	return places;
}

function checkEdition(lang: ContentLang, raw: ParsedContent['editions'][ContentLang], out: Problems): EditionShapes {
	const file = (n: string) => `content/${lang}/${n}.aml`;
	const paragraphs = raw.interview ? entries(file('interview'), 'paragraph', raw.interview.paragraphs, paragraphEntry, out) : [];
	paragraphs.forEach((p, i) => {
		if (p.id !== `P${i}`) out.add(file('interview'), `paragraph "${p.id}"`, 'id', `expected paragraphs numbered in order from P0; this one should be P${i}`);
	});
	return {
		copy: raw.copy ? single(file('copy'), 'copy', raw.copy, copyFile, out) : null,
		paragraphs,
		names: raw.names ? single(file('names'), 'names', raw.names, namesFile, out) : null,
		texts: raw.milestones ? entries(file('milestones'), 'milestone', raw.milestones.milestones, milestoneTextEntry, out) : [],
		graphics: raw.graphics ? single(file('graphics'), 'graphics', raw.graphics, graphicsFile, out) : null
	};
}

export function checkShapes(parsed: ParsedContent, out: Problems): Shapes {
	const { shared } = parsed;
	const rawMilestones = shared.milestones?.milestones;
	const words = shared.transliteration
		? entries('content/transliteration.aml', 'word', shared.transliteration.words, transliterationWord, out, 'latin')
		: [];
	const keepLatin = shared.transliteration
		? (single('content/transliteration.aml', 'list [keepLatin]', shared.transliteration.keepLatin ?? [], keepLatinList, out) ?? [])
		: [];
	return {
		places: shared.places ? checkPlaces(shared.places.places, out) : [],
		organisations: shared.organisations
			? entries('content/organisations.aml', 'organisation', shared.organisations.organisations, organisationEntry, out).map((o) => o.id)
			: [],
		opening: shared.milestones
			? single('content/milestones.aml', 'the opening', { openingView: shared.milestones.openingView, openingMap: shared.milestones.openingMap }, openingEntry, out)
			: null,
		milestones: shared.milestones ? entries('content/milestones.aml', 'milestone', rawMilestones, milestoneEntry, out) : [],
		milestoneIds: Array.isArray(rawMilestones)
			? rawMilestones.map((m) => (m as { id?: unknown })?.id).filter((id): id is string => typeof id === 'string' && id !== '')
			: [],
		timelineViews: shared.timeline ? entries('content/timeline.aml', 'view', shared.timeline.views, timelineViewEntry, out) : [],
		mapViews: shared.map ? entries('content/map.aml', 'view', shared.map.views, mapViewEntry, out) : [],
		transliteration: { words, keepLatin },
		editions: Object.fromEntries(CONTENT_LANGUAGES.map((lang) => [lang, checkEdition(lang, parsed.editions[lang], out)])) as Record<
			ContentLang,
			EditionShapes
		>
	};
}
