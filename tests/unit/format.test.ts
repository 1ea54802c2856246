import { untypeset } from '$lib/i18n/typeset';
import { describe, expect, it } from 'vitest';
import { parseWhen } from '$lib/content/dates';
import { MONTH_TABLE, formatPublished, formatWhen, intlHasMonths, monthNames, readingMinutes } from '$lib/i18n/format';
import { buildModel } from '$lib/server/content/model';
import { editionFor } from '$lib/server/content/edition';
import { readContentFiles } from './helpers';

describe('formatWhen writes dates the Uzbek way, no more precise than given', () => {
	it.each([
		['day', '2023-12-05', undefined, '2023-yil 5-dekabr'],
		['month', '2024-05', undefined, '2024-yil may'],
		['month', '2024-12', undefined, '2024-yil dekabr'],
		['year', '2024', undefined, '2024-yil'],
		['range', '2021', '2026', '2021–2026-yillar']
	])('%s %s → %s', (precision, date, end, expected) => {
		expect(formatWhen(parseWhen(precision, date, end), 'uz', 'sanasiz')).toBe(expected);
	});
	it('an undated item gets the undated label, never a date', () => {
		expect(formatWhen(parseWhen('undated'), 'uz', 'sanasi aytilmagan')).toBe('sanasi aytilmagan');
	});
	it('formats the publication day', () => {
		expect(formatPublished('2026-11-24', 'uz')).toBe('2026-yil 24-noyabr');
	});
});

describe('month names', () => {
	it('fall back to our own table when Intl lacks the language', () => {
		expect(monthNames('uz', 'long', false)).toEqual(MONTH_TABLE.uz!.long);
		expect(monthNames('uz', 'short', false)[8]).toBe('sen');
	});
	it('come from Intl when it has Uzbek data, and agree with the table', () => {
		// Node ships full ICU; a browser may not (then the table is used).
		expect(intlHasMonths('uz-Latn')).toBe(true);
		expect(monthNames('uz', 'long', true)).toEqual(MONTH_TABLE.uz!.long);
	});
	it('reject a runtime that answers with placeholders or English', () => {
		expect(intlHasMonths('xx-Fake')).toBe(false);
	});
	it('give short names for the axis', () => {
		expect(monthNames('uz', 'short')[11]).toBe('dek');
		expect(monthNames('en', 'short')[4]).toBe('May');
	});
	it('give Russian axes the uniform three-letter chart forms, not Intl’s clipped words (O-D)', () => {
		const forms = ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];
		expect(monthNames('ru', 'short')).toEqual(forms);
		expect(monthNames('ru', 'short', false)).toEqual(forms);
		expect(monthNames('ru', 'short').join(' ')).not.toMatch(/февр|сент|нояб|июнь|июль|\./);
		// The same forms as the Uzbek Cyrillic axis, and the long names still from Intl.
		const model = buildModel(readContentFiles());
		expect(editionFor(model, 'ru').monthsShort).toEqual(forms);
		expect(editionFor(model, 'uz-cyrl').monthsShort).toEqual(forms);
		expect(monthNames('ru', 'long')[11]).toBe('декабрь');
	});
	it('are fresh copies: changing one changes no edition', () => {
		monthNames('ru', 'short')[0] = 'x';
		expect(monthNames('ru', 'short')[0]).toBe('янв');
	});
	it('are transliterated for the Uzbek Cyrillic edition, as its running text spells them', () => {
		const model = buildModel(readContentFiles());
		const cyrl = editionFor(model, 'uz-cyrl');
		expect(cyrl.monthsShort[11]).toBe('дек');
		// The labels may be typeset (a non-breaking hyphen U+2011 after the numbers).
		const plain = (label: string) => untypeset(label);
		expect(plain(cyrl.steps.find((s) => s.id === 'memorandum')!.whenLabel)).toBe('2023-йил 5-декабрь');
		expect(plain(cyrl.publishedLabel)).toMatch(
			/^\d{4}-йил \d{1,2}-(?:январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)$/
		);
	});
});

describe('readingMinutes', () => {
	it('counts 1,400 letters a minute (not words, nor spaces), at least one', () => {
		expect(readingMinutes('bir ikki uch')).toBe(1);
		expect(readingMinutes(Array(1750).fill('soʻz').join(' '))).toBe(5);
		expect(readingMinutes(Array(1750).fill('soʻz').join('      '))).toBe(5);
		// Several texts (one story's editions): the mean of their letters, one time for all.
		expect(readingMinutes('x'.repeat(1400 * 6), 'x'.repeat(1400 * 8))).toBe(7);
		expect(readingMinutes('x'.repeat(1400 * 6), 'x'.repeat(1400 * 6))).toBe(6);
	});
	it('gives the story the same time in every edition', () => {
		const minutes = (['uz', 'uz-cyrl', 'ru', 'en'] as const).map(
			(lang) => editionFor(buildModel(readContentFiles()), lang).readingMinutes
		);
		expect(new Set(minutes).size, minutes.join(', ')).toBe(1);
	});
});
