/**
 * Content files → one validated, typed model. Every problem is reported with
 * the file, the entry's id and the field, and what was expected; all problems
 * are gathered before the build stops, so an editor fixes them in one pass.
 */
import archieml from 'archieml';
import type { z } from 'zod';
import { CONTENT_LANGUAGES, DERIVED_FROM, LANGUAGES, SOURCE_LANG, type ContentLang, type Lang, isContentLang } from '$lib/i18n/languages';
import { cyrillicEdition, cyrillicMilestoneText } from './derive';
import { DateFieldError, parseWhen, type When } from './dates';
import {
	copyFile,
	milestoneEntry,
	milestoneTextEntry,
	namesFile,
	organisationEntry,
	paragraphEntry,
	placeEntry,
	type Copy,
	type MapViewId,
	type MilestoneText,
	type Paragraph,
	type PlaceEntry
} from './schema';

export interface Milestone {
	id: string;
	when: When;
	places: string[];
	organisations: string[];
	/** Source paragraphs of the interview, e.g. ["P4"]. */
	paragraphs: string[];
	view: 'overview' | 'detail';
	map: MapViewId;
	role: 'event' | 'recap';
	/** The step's words, keyed by language. */
	text: Record<Lang, MilestoneText>;
}

export interface EditionContent {
	copy: Copy;
	paragraphs: Paragraph[];
	placeNames: Record<string, string>;
	organisationNames: Record<string, string>;
}

export interface ContentModel {
	milestones: Milestone[];
	places: PlaceEntry[];
	organisations: string[];
	editions: Record<Lang, EditionContent>;
}

/** Thrown when content is invalid; `problems` holds one line per fault. */
export class ContentError extends Error {
	constructor(readonly problems: string[]) {
		super(`Invalid story content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  - ${problems.join('\n  - ')}`);
		this.name = 'ContentError';
	}
}

const SHARED_FILES = ['milestones', 'places', 'organisations'] as const;
const EDITION_FILES = ['copy', 'interview', 'milestones', 'names'] as const;

const show = (v: unknown) => (v === undefined ? 'nothing' : JSON.stringify(v));

class Collector {
	problems: string[] = [];
	add(file: string, where: string, field: string | null, message: string) {
		this.problems.push(`${file}: ${where}${field ? `, field "${field}"` : ''}: ${message}`);
	}
}

/** Parses one ArchieML file; records a problem if it is missing. */
function readAml(files: Record<string, string>, file: string, out: Collector) {
	if (!(file in files)) {
		out.add(file, 'file', null, 'expected this file to exist');
		return null;
	}
	return archieml.load(files[file]);
}

/** Validates each entry of a list with a schema, keeping the valid ones. */
function entries<S extends z.ZodType>(
	file: string,
	kind: string,
	list: unknown,
	schema: S,
	out: Collector
): z.infer<S>[] {
	if (!Array.isArray(list) || list.length === 0) {
		out.add(file, `list [${kind}s]`, null, 'expected a non-empty list of entries');
		return [];
	}
	const valid: z.infer<S>[] = [];
	list.forEach((raw, index) => {
		const rawId = (raw as Record<string, unknown>)?.id;
		const where = typeof rawId === 'string' && rawId ? `${kind} "${rawId}"` : `${kind} #${index + 1}`;
		const result = schema.safeParse(raw, { reportInput: true });
		if (result.success) valid.push(result.data);
		else reportIssues(file, where, result.error.issues, out);
	});
	return valid;
}

function reportIssues(file: string, where: string, issues: z.core.$ZodIssue[], out: Collector) {
	for (const issue of issues) {
		if (issue.code === 'unrecognized_keys') {
			for (const key of issue.keys) out.add(file, where, key, 'expected no such field; remove it or check its spelling');
			continue;
		}
		const field = issue.path.filter((p) => typeof p === 'string').join('.') || null;
		out.add(file, where, field, `expected ${issue.message}, got ${show(issue.input)}`);
	}
}

function duplicates(file: string, kind: string, ids: string[], out: Collector) {
	const seen = new Set<string>();
	for (const id of ids) {
		if (seen.has(id)) out.add(file, `${kind} "${id}"`, 'id', 'expected a unique id; this one appears more than once');
		seen.add(id);
	}
}

/** Uzbek Latin typography: oʻ gʻ with U+02BB and ʼ with U+02BC, never ASCII ' or ’. */
function checkUzbekTypography(file: string, raw: string, out: Collector) {
	raw.split('\n').forEach((line, i) => {
		if (line.startsWith('#')) return;
		const bad = /[A-Za-zʻʼ]['‘’`]/.exec(line);
		if (bad) {
			out.add(file, `line ${i + 1}`, null, `expected oʻ and gʻ written with U+02BB (ʻ) and the sign ʼ with U+02BC, found ${show(bad[0])}`);
		}
	});
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Builds the model from a map of path → file text (paths like "content/places.aml"). */
export function buildModel(files: Record<string, string>): ContentModel {
	const out = new Collector();

	// Language folders must be known editions.
	for (const path of Object.keys(files)) {
		const dir = /^content\/([^/]+)\//.exec(path)?.[1];
		if (dir && !isContentLang(dir)) {
			const derived = DERIVED_FROM[dir as Lang];
			out.add(path, 'file', null, derived ? `language "${dir}" is made from content/${derived}/ by transliteration; edit that instead` : `unknown language "${dir}"; expected one of: ${CONTENT_LANGUAGES.join(', ')}`);
		}
	}

	const shared = Object.fromEntries(SHARED_FILES.map((n) => [n, readAml(files, `content/${n}.aml`, out)]));
	const places = entries('content/places.aml', 'place', shared.places?.places, placeEntry, out);
	const orgs = entries('content/organisations.aml', 'organisation', shared.organisations?.organisations, organisationEntry, out);
	const rawMilestones: unknown[] = Array.isArray(shared.milestones?.milestones) ? shared.milestones.milestones : [];
	const milestonesFile = 'content/milestones.aml';
	const structural = entries(milestonesFile, 'milestone', shared.milestones?.milestones, milestoneEntry, out);
	duplicates('content/places.aml', 'place', places.map((p) => p.id), out);
	duplicates('content/organisations.aml', 'organisation', orgs.map((o) => o.id), out);
	duplicates(milestonesFile, 'milestone', rawMilestones.map((m) => String((m as { id?: unknown })?.id ?? '')).filter(Boolean), out);
	for (const p of places) {
		const where = `place "${p.id}"`;
		if (p.kind === 'city' && (p.lon === undefined || p.lat === undefined)) out.add('content/places.aml', where, 'lon', 'expected lon and lat for a city');
		if (p.kind === 'country' && !p.iso) out.add('content/places.aml', where, 'iso', 'expected an ISO 3166-1 numeric code for a country');
		for (const m of p.members) {
			if (!places.some((x) => x.id === m && x.kind === 'country')) out.add('content/places.aml', where, 'members', `expected a country listed in content/places.aml, got ${show(m)}`);
		}
	}

	// Each edition's files.
	const editions = {} as Record<Lang, EditionContent>;
	const texts = {} as Record<ContentLang, Map<string, MilestoneText>>;
	for (const lang of CONTENT_LANGUAGES) {
		const file = (n: string) => `content/${lang}/${n}.aml`;
		const raw = Object.fromEntries(EDITION_FILES.map((n) => [n, readAml(files, file(n), out)]));
		if (lang === 'uz') for (const n of EDITION_FILES) if (files[file(n)]) checkUzbekTypography(file(n), files[file(n)], out);

		const copyResult = copyFile.safeParse(raw.copy ?? {}, { reportInput: true });
		if (!copyResult.success) reportIssues(file('copy'), 'copy', copyResult.error.issues, out);
		const paragraphs = entries(file('interview'), 'paragraph', raw.interview?.paragraphs, paragraphEntry, out);
		paragraphs.forEach((p, i) => {
			if (p.id !== `P${i}`) out.add(file('interview'), `paragraph "${p.id}"`, 'id', `expected paragraphs numbered in order from P0; this one should be P${i}`);
		});
		const names = namesFile.safeParse(raw.names ?? {}, { reportInput: true });
		if (!names.success) reportIssues(file('names'), 'names', names.error.issues, out);
		const textEntries = entries(file('milestones'), 'milestone', raw.milestones?.milestones, milestoneTextEntry, out);
		duplicates(file('milestones'), 'milestone', textEntries.map((t) => t.id), out);
		texts[lang] = new Map(textEntries.map((t) => [t.id, t]));

		const placeNames = names.success ? names.data.places : {};
		const organisationNames = names.success ? names.data.organisations : {};
		for (const p of places) if (!placeNames[p.id]) out.add(file('names'), `place "${p.id}"`, `places.${p.id}`, `expected a name in language "${lang}"`);
		for (const o of orgs) if (!organisationNames[o.id]) out.add(file('names'), `organisation "${o.id}"`, `organisations.${o.id}`, `expected a name in language "${lang}"`);
		for (const id of Object.keys(placeNames)) if (!places.some((p) => p.id === id)) out.add(file('names'), `place "${id}"`, `places.${id}`, 'expected a place listed in content/places.aml');
		for (const id of Object.keys(organisationNames)) if (!orgs.some((o) => o.id === id)) out.add(file('names'), `organisation "${id}"`, `organisations.${id}`, 'expected an organisation listed in content/organisations.aml');

		if (copyResult.success) editions[lang] = { copy: copyResult.data, paragraphs, placeNames, organisationNames };
	}

	// Cross-references between milestones, places, organisations and paragraphs.
	const paragraphIds = new Set((editions[SOURCE_LANG]?.paragraphs ?? []).map((p) => p.id));
	const lastParagraph = `P${Math.max(0, paragraphIds.size - 1)}`;
	const milestones: Milestone[] = [];
	for (const m of structural) {
		const where = `milestone "${m.id}"`;
		let when: When | null = null;
		try {
			when = parseWhen(m.precision, m.date, m.end);
		} catch (e) {
			if (!(e instanceof DateFieldError)) throw e;
			out.add(milestonesFile, where, e.field, e.message);
		}
		for (const p of m.places) if (!places.some((x) => x.id === p)) out.add(milestonesFile, where, 'places', `expected a place listed in content/places.aml, got ${show(p)}`);
		for (const o of m.organisations) if (!orgs.some((x) => x.id === o)) out.add(milestonesFile, where, 'organisations', `expected an organisation listed in content/organisations.aml, got ${show(o)}`);
		for (const p of m.paragraphs) if (!paragraphIds.has(p)) out.add(milestonesFile, where, 'paragraphs', `expected a paragraph of the interview, P0–${lastParagraph}, got ${show(p)}`);

		const text = {} as Record<Lang, MilestoneText>;
		for (const lang of CONTENT_LANGUAGES) {
			const t = texts[lang].get(m.id);
			const file = `content/${lang}/milestones.aml`;
			if (!t) {
				out.add(file, where, null, `expected the step's words in language "${lang}" (title, text)`);
				continue;
			}
			text[lang] = t;
			const sources = (editions[lang]?.paragraphs ?? []).filter((p) => m.paragraphs.includes(p.id));
			if (t.quote && sources.length && !sources.some((p) => normalise(p.text).includes(normalise(t.quote!)))) {
				out.add(file, where, 'quote', `expected words found verbatim in ${m.paragraphs.join(', ')} of the interview`);
			}
		}
		if (text.uz) text['uz-cyrl'] = cyrillicMilestoneText(text.uz);
		if (when) milestones.push({ id: m.id, when, places: m.places, organisations: m.organisations, paragraphs: m.paragraphs, view: m.view, map: m.map, role: m.role, text });
	}
	for (const lang of CONTENT_LANGUAGES) {
		for (const id of texts[lang].keys()) {
			if (!structural.some((m) => m.id === id) && !rawMilestones.some((m) => (m as { id?: unknown })?.id === id)) {
				out.add(`content/${lang}/milestones.aml`, `milestone "${id}"`, 'id', 'expected a milestone listed in content/milestones.aml');
			}
		}
	}

	if (out.problems.length) throw new ContentError(out.problems);
	for (const lang of LANGUAGES) {
		const source = DERIVED_FROM[lang];
		if (source) editions[lang] = cyrillicEdition(editions[source]);
	}
	return { milestones, places, organisations: orgs.map((o) => o.id), editions };
}
