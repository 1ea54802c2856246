// The Uzbek Cyrillic edition's copy is made from the Latin one as
// CYRILLIC_COPY describes: notes written for it replace the Latin ones, the
// publication date passes unchanged, every other string is transliterated.
import { describe, expect, it } from 'vitest';
import { buildModel } from '$lib/server/content/model';
import { CYRILLIC_COPY, deriveCopy, scriptFor } from '$lib/server/content/derive';
import { readContentFiles } from './helpers';

const model = buildModel(readContentFiles());
const latin = model.editions.uz.copy;
const cyrl = model.editions['uz-cyrl'].copy;
const script = scriptFor(model, 'uz-cyrl');

describe('the Uzbek Cyrillic copy', () => {
	it("takes scriptNote and translationNote from the Latin's cyrillicScriptNote and cyrillicEditionNote", () => {
		expect(latin.cyrillicScriptNote && latin.cyrillicEditionNote).toBeTruthy();
		expect(cyrl.scriptNote).toBe(script(latin.cyrillicScriptNote!));
		expect(cyrl.translationNote).toBe(script(latin.cyrillicEditionNote!));
		expect(cyrl.scriptNote).not.toBe(script(latin.scriptNote!));
		expect(cyrl).not.toHaveProperty('cyrillicScriptNote');
		expect(cyrl).not.toHaveProperty('cyrillicEditionNote');
	});

	it('keeps the publication date unchanged', () => {
		expect(cyrl.published).toBe(latin.published);
		// A script that changes digits too shows the date is passed, not converted.
		const marked = deriveCopy(latin, CYRILLIC_COPY, (s) => `«${s}»`);
		expect(marked.published).toBe(latin.published);
		expect(marked.headline).toBe(`«${latin.headline}»`);
	});

	it('transliterates every other string, and lists item by item', () => {
		const special = new Set([
			'published',
			'storyQuoteFrom',
			'scriptNote',
			'translationNote',
			'cyrillicScriptNote',
			'cyrillicEditionNote'
		]);
		const others = Object.keys(latin).filter((k) => !special.has(k)) as (keyof typeof latin)[];
		expect(others).toEqual(expect.arrayContaining(['headline', 'standfirst', 'intro', 'notes', 'credits']));
		for (const key of others) {
			const value = latin[key]!;
			expect(cyrl[key], key).toEqual(Array.isArray(value) ? value.map(script) : script(value));
			expect(cyrl[key], key).not.toEqual(value);
		}
		expect(cyrl.storyQuoteFrom, 'a paragraph id stays as it is').toBe(latin.storyQuoteFrom);
		expect(Object.keys(cyrl).sort()).toEqual(
			[...others, 'published', 'storyQuoteFrom', 'scriptNote', 'translationNote'].sort()
		);
	});

	it('follows the description, not the field names: a Latin translationNote is replaced too', () => {
		const copy = { ...latin, translationNote: 'Tarjima', cyrillicEditionNote: 'Kirill nashri' };
		const upper = (s: string) => s.toUpperCase();
		const derived = deriveCopy(copy, CYRILLIC_COPY, upper);
		expect(derived.translationNote).toBe('KIRILL NASHRI');
		const other = deriveCopy(copy, { renamed: {}, unchanged: ['published', 'headline'] }, upper);
		expect(other.headline).toBe(latin.headline);
		expect(other.translationNote).toBe('TARJIMA');
		expect(other.cyrillicEditionNote).toBe('KIRILL NASHRI');
	});
});
