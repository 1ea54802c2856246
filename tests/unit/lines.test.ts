// readLines: what ArchieML makes of each line, so the slips it passes over
// in silence can be named by entry and field.
import archieml from 'archieml';
import { describe, expect, it } from 'vitest';
import { readLines } from '$lib/server/content/lines';

const slips = (text: string) => readLines(text).slips.map(({ kind, line, entry, key }) => ({ kind, line, entry, key }));

describe('readLines', () => {
	it('flags a line ArchieML drops, and only that one', () => {
		const text = 'title: one\nsecond line\n# a comment\n\ntext: two';
		expect(archieml.load(text)).toEqual({ title: 'one', text: 'two' });
		expect(slips(text)).toEqual([{ kind: 'dropped', line: 2, entry: null, key: 'title' }]);
	});

	it('keeps the lines of a value ended by :end, and lines skipped on purpose', () => {
		const text = 'title: one\nsecond line\n:end\n:skip\nanything\n:endskip\ntext: two\n:ignore\nnotes';
		expect(archieml.load(text).title).toBe('one\nsecond line');
		expect(slips(text)).toEqual([]);
		expect(readLines(text).lines[1]).toMatchObject({ key: 'title', read: true });
	});

	it('flags a key given twice in a list entry (a lost id: line) and names the entry', () => {
		const text = '[steps]\nid: a\ntitle: A\n\ntitle: B\n\nid: c\ntitle: C\n[]';
		expect(archieml.load(text).steps).toEqual([
			{ id: 'a', title: 'B' },
			{ id: 'c', title: 'C' }
		]);
		expect(slips(text)).toEqual([{ kind: 'repeated', line: 5, entry: 'a', key: 'title' }]);
	});

	it('flags a list whose first entry lost its id: line', () => {
		expect(slips('[steps]\ntitle: A\nid: b\ntitle: B\n[]')).toEqual([
			{ kind: 'first-key', line: 2, entry: null, key: 'title' }
		]);
	});

	it('flags a top-level key given twice, even with a list between', () => {
		expect(slips('byline: A\n[intro]\n* one\n* two\n[]\nbyline: B')).toEqual([
			{ kind: 'repeated', line: 6, entry: null, key: 'byline' }
		]);
	});

	it('flags a list item continued on a second line', () => {
		expect(slips('[intro]\n* one\ncontinued\n* two\n[]')).toEqual([
			{ kind: 'dropped', line: 3, entry: null, key: 'intro' }
		]);
	});
});
