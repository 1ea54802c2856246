/**
 * What ArchieML makes of each line of a file, line by line, so that slips it
 * passes over in silence can be reported with the entry and field they touch:
 * a value continued on a second line without ":end" (the second line is
 * dropped), and a key given twice in one entry (the first value is lost; in a
 * list, the sign that an "id:" line is missing and two entries merged).
 * Follows archieml 0.5's reading of keys, "* " items, {objects}, [lists] and
 * :end / :skip / :endskip / :ignore. Lines starting with "#" are our comments.
 *
 *   const { lines, slips } = readLines(text);
 */

/** Where a line sits: the current {object} or [list], the list entry's id, the key it belongs to. */
export interface LinePlace {
	/** 1-based line number. */
	line: number;
	/** Name of the enclosing {object} or [list]; null at the top of the file. */
	scope: string | null;
	/** Id of the list entry (its `id:`, or the value of the entry's first key); null outside a list of entries. */
	entry: string | null;
	/** The key whose value the line is part of; null when none. */
	key: string | null;
}

export interface LineSlip extends LinePlace {
	kind: 'dropped' | 'repeated' | 'first-key';
	/** For "repeated": the line where the key was first given. For "first-key": the key the entries start with. */
	detail: number | string;
}

export interface ReadLine extends LinePlace {
	text: string;
	/** Whether the line is part of a value ArchieML keeps (a key line, an item, or a line kept by :end). */
	read: boolean;
}

// The patterns of archieml 0.5 (keys exclude whitespace and []{}:\).
const SLUG = String.raw`[^\s\[\]{}:\\]`;
const KEY = new RegExp(String.raw`^\s*(${SLUG}+)[ \t\r]*:[ \t\r]*(.*)$`);
const COMMAND = /^\s*:[ \t\r]*(endskip|ignore|skip|end)/i;
const ITEM = /^\s*\*[ \t\r]*(.*)$/;
const SCOPE = new RegExp(String.raw`^\s*(\[|\{)[ \t\r]*([+.]*)[ \t\r]*(${SLUG}*)[ \t\r]*(?:\]|\})`);

/** The key each list's entries start with when it is not "id" (content/transliteration.aml's words). */
const FIRST_KEY: Record<string, string> = { words: 'latin' };

/** The key the entries of a list start with: "id", or "latin" in [words]. */
export const entryKey = (list: string | null) => FIRST_KEY[list ?? ''] ?? 'id';

export function readLines(text: string): { lines: ReadLine[]; slips: LineSlip[] } {
	const lines: ReadLine[] = [];
	const slips: LineSlip[] = [];
	let scope: string | null = null;
	let array: { type: 'simple' | 'complex' | null; firstKey: string | null } | null = null;
	let entry: string | null = null;
	// Keys given so far, with their line: per {object} (null: the top level), or in the current list entry.
	const objectKeys = new Map<string | null, Map<string, number>>();
	const keysOf = (name: string | null) => objectKeys.get(name) ?? objectKeys.set(name, new Map()).get(name)!;
	let keysSeen = keysOf(null);
	let openKey: string | null = null;
	let pending: ReadLine[] = [];
	let skipping = false;

	const drop = () => {
		for (const l of pending) if (!/^\s*(#|$)/.test(l.text)) slips.push({ ...place(l), kind: 'dropped', detail: l.line });
		pending = [];
	};
	const place = (l: LinePlace): LinePlace => ({ line: l.line, scope: l.scope, entry: l.entry, key: l.key });

	const rows = text.split(/\r\n|\n|\r/);
	for (let i = 0; i < rows.length; i++) {
		const row = rows[i];
		const here = (key: string | null, read: boolean): ReadLine => ({ line: i + 1, text: row, scope, entry, key, read });
		const command = COMMAND.exec(row)?.[1]?.toLowerCase();
		if (command) {
			lines.push(here(null, false));
			if (command === 'ignore') break;
			if (command === 'endskip') skipping = false;
			else if (!skipping && command === 'skip') {
				drop();
				skipping = true;
			} else if (!skipping && command === 'end') {
				for (const l of pending) l.read = true;
				pending = [];
			}
			if (command !== 'end') openKey = null;
			continue;
		}
		if (skipping || /^\s*(#|$)/.test(row)) {
			const line = here(openKey, false);
			lines.push(line);
			if (!skipping && openKey) pending.push(line); // kept only if :end follows
			continue;
		}
		const key = array?.type !== 'simple' ? KEY.exec(row) : null;
		if (key) {
			drop();
			const name = key[1];
			if (array) {
				array.type ??= 'complex';
				const first = entryKey(scope);
				if (array.firstKey === null) {
					array.firstKey = name;
					if (name !== first) slips.push({ line: i + 1, scope, entry, key: name, kind: 'first-key', detail: first });
				}
				if (name === array.firstKey) {
					keysSeen = new Map();
					entry = key[2].trim();
				}
			}
			const seen = keysSeen.get(name);
			if (seen !== undefined) slips.push({ line: i + 1, scope, entry, key: name, kind: 'repeated', detail: seen });
			keysSeen.set(name, i + 1);
			openKey = name;
			lines.push(here(name, true));
			continue;
		}
		const item = array && array.type !== 'complex' ? ITEM.exec(row) : null;
		if (item && array) {
			drop();
			array.type = 'simple';
			openKey = scope;
			lines.push(here(scope, true));
			continue;
		}
		const scoped = SCOPE.exec(row);
		if (scoped) {
			drop();
			const name = scoped[3] || null;
			openKey = null;
			entry = null;
			scope = name;
			array = scoped[1] === '[' && name ? { type: null, firstKey: null } : null;
			keysSeen = array ? new Map() : keysOf(scoped[1] === '{' ? name : null);
			lines.push(here(null, false));
			continue;
		}
		const line = here(openKey, false);
		lines.push(line);
		pending.push(line);
	}
	drop();
	return { lines, slips };
}
