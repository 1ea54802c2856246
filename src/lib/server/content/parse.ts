/**
 * Step 1 of the content model: text → ArchieML data, one file at a time.
 * Reports what ArchieML itself lets pass in silence (lines.ts): lines it
 * drops, keys given twice (entries merged when an "id:" line is missing), and
 * in Uzbek Latin files ASCII apostrophes where oʻ gʻ ʼ belong — each with the
 * entry and field it touches. A byte-order mark at the start is ignored.
 *
 *   const parsed = parseContent(files, out); // parsed.shared.places, parsed.editions.uz.copy…
 */
import archieml from 'archieml';
import { CONTENT_LANGUAGES, DERIVED_FROM, isContentLang, type ContentLang, type Lang } from '$lib/i18n/languages';
import { entryKey, readLines, type LinePlace } from '$lib/server/content/lines';
import { show, type Problems } from '$lib/server/content/problems';

/** What one entry of each list is called in messages. */
const ENTRY_NAME: Record<string, string> = {
	milestones: 'milestone',
	places: 'place',
	organisations: 'organisation',
	paragraphs: 'paragraph',
	views: 'view',
	words: 'word'
};

/** "content/uz/copy.aml" → "copy": how a file's top level is named in messages. */
const fileKind = (path: string) => path.replace(/^.*\//, '').replace(/\.aml$/, '');

/** The entry and field a line belongs to, as messages name them. */
function locate(path: string, at: LinePlace): { where: string; field: string | null } {
	if (at.scope && at.entry !== null && ENTRY_NAME[at.scope]) {
		return { where: `${ENTRY_NAME[at.scope]} "${at.entry}"`, field: at.key };
	}
	const field = at.scope && at.key && at.key !== at.scope ? `${at.scope}.${at.key}` : (at.key ?? at.scope);
	return { where: fileKind(path), field };
}

/** Uzbek Latin typography: oʻ gʻ with U+02BB and ʼ with U+02BC, never ASCII ' or ’. */
const ASCII_MARK = /[A-Za-zʻʼ]['‘’`]/;

/** Parses one ArchieML file, recording the slips ArchieML would pass over. */
function parseFile(path: string, text: string, out: Problems, { uzbekLatin = false } = {}): Record<string, unknown> {
	const body = text.replace(/^\uFEFF/, '');
	const { lines, slips } = readLines(body);
	const reported = new Set<string>();
	for (const slip of slips) {
		const { where, field } = locate(path, slip);
		if (slip.kind === 'dropped') {
			out.add(
				path,
				where,
				field,
				`line ${slip.line} is not read: ArchieML keeps only the first line of a value. End a value of several lines with ":end" on a line of its own, or start the line with "#" if it is a comment`
			);
		} else if (slip.kind === 'first-key') {
			out.add(
				path,
				`list [${slip.scope}]`,
				null,
				`expected each entry to start with "${slip.detail}:", but the first starts with "${slip.key}:" (line ${slip.line}). ArchieML then starts an entry at each "${slip.key}:" line, so every entry takes the next one's ${slip.detail}: add the missing "${slip.detail}:" line`
			);
		} else if (slip.scope && slip.entry !== null && ENTRY_NAME[slip.scope]) {
			const key = entryKey(slip.scope);
			const id = `${path} ${slip.scope} ${slip.entry}`;
			if (reported.has(id)) continue; // one message per merged entry
			reported.add(id);
			out.add(
				path,
				where,
				field,
				`expected one "${slip.key}:" line per entry, found lines ${slip.detail} and ${slip.line}: the entry after this one has probably lost its "${key}:" line, so ArchieML merged it into this one and kept only the later values. Give each entry its own "${key}:" line`
			);
		} else {
			out.add(path, where, field, `expected once, found on lines ${slip.detail} and ${slip.line}; only the last would be kept`);
		}
	}
	if (uzbekLatin) {
		for (const line of lines) {
			if (/^\s*#/.test(line.text)) continue;
			const bad = ASCII_MARK.exec(line.text);
			if (!bad) continue;
			const { where, field } = locate(path, line);
			out.add(
				path,
				where,
				field,
				`expected oʻ and gʻ written with U+02BB (ʻ) and the sign ʼ with U+02BC, found ${show(bad[0])} on line ${line.line}`
			);
		}
	}
	return archieml.load(body) as Record<string, unknown>;
}

/** The files every story has: shared ones in content/, and one set per language in content/<lang>/. */
const SHARED_FILES = ['milestones', 'places', 'organisations', 'timeline', 'map', 'transliteration'] as const;
const EDITION_FILES = ['copy', 'interview', 'milestones', 'names', 'graphics'] as const;

type Data = Record<string, unknown> | null;
export interface ParsedContent {
	shared: Record<(typeof SHARED_FILES)[number], Data>;
	editions: Record<ContentLang, Record<(typeof EDITION_FILES)[number], Data>>;
}

/** Parses every expected file (null where one is missing) and checks that language folders are known. */
export function parseContent(files: Record<string, string>, out: Problems): ParsedContent {
	for (const path of Object.keys(files)) {
		const dir = /^content\/([^/]+)\//.exec(path)?.[1];
		if (dir && !isContentLang(dir)) {
			const derived = DERIVED_FROM[dir as Lang];
			out.add(
				path,
				'file',
				null,
				derived
					? `language "${dir}" is made from content/${derived}/ by transliteration; edit that instead`
					: `unknown language "${dir}"; expected one of: ${CONTENT_LANGUAGES.join(', ')}`
			);
		}
	}
	const read = (path: string, uzbekLatin = false): Data => {
		if (!(path in files)) {
			out.add(path, 'file', null, 'expected this file to exist');
			return null;
		}
		return parseFile(path, files[path], out, { uzbekLatin });
	};
	const shared = Object.fromEntries(SHARED_FILES.map((n) => [n, read(`content/${n}.aml`)])) as ParsedContent['shared'];
	const editions = Object.fromEntries(
		CONTENT_LANGUAGES.map((lang) => [
			lang,
			Object.fromEntries(EDITION_FILES.map((n) => [n, read(`content/${lang}/${n}.aml`, lang === 'uz')]))
		])
	) as ParsedContent['editions'];
	return { shared, editions };
}
