// The interface dictionaries (src/lib/i18n/ui.ts): the wording the 2026-12-06
// audit asked for (T-C, S-11, S-12, S-13, the published line, the source link),
// the keys added with it, and the Uzbek Cyrillic dictionary derived from the Latin one.
import { beforeAll, describe, expect, it } from 'vitest';
import { UI, transliteratedUi, type UiStrings } from '$lib/i18n/ui';
import { fill } from '$lib/i18n/fill';
import { CONTENT_LANGUAGES, LANGUAGES, type Lang } from '$lib/i18n/languages';
import { buildModel } from '$lib/server/content/model';
import { readContentFiles } from './helpers';

/** Every string in a value, however deep, with its path. */
function strings(value: unknown, path = '', out: [string, string][] = []): [string, string][] {
	if (typeof value === 'string') out.push([path, value]);
	else if (value && typeof value === 'object')
		for (const [k, v] of Object.entries(value)) strings(v, path ? `${path}.${k}` : k, out);
	return out;
}
const placeholders = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort();

// Every edition's dictionary, the derived Uzbek Cyrillic one included (built in beforeAll,
// so that a content problem fails the tests that need it and not the others).
let dict: Record<Lang, UiStrings>;
let keepLatin: string[];
beforeAll(() => {
	const model = buildModel(readContentFiles());
	dict = Object.fromEntries(LANGUAGES.map((lang) => [lang, model.editions[lang].ui])) as Record<Lang, UiStrings>;
	keepLatin = model.transliteration.keepLatin;
});

describe('T-C: a news piece is “maqola” and «материал», not “hikoya” and «история»', () => {
	it('uz says maqola, inflected, everywhere it said hikoya', () => {
		const uz = UI.uz;
		expect(strings(uz).filter(([, v]) => /hikoya/i.test(v))).toEqual([]);
		expect(uz.embed.readStory).toBe('Maqolani toʻliq oʻqish');
		expect(uz.embed.openAtStep).toBe('Maqolani shu bosqichdan ochish');
		expect(uz.embedPanel.summary).toBe('Maqolani saytingizga joylashtiring');
		expect(uz.embedPanel.intro).toMatch(/^Maqolani, uning vaqt chizigʻini yoki xaritasini /);
		expect(uz.embedPanel.kinds.story).toBe('Butun maqola, bosqichma-bosqich');
		expect(uz.embedPanel.readStory).toBe('Maqolani oʻqish');
		expect(uz.shareOpen).toBe('Maqolani shu bosqichdan boshlab oʻqish');
		expect(uz.mapUnavailable).toContain('Maqola xaritasiz ham toʻliq oʻqiladi.');
	});

	it('uz-cyrl follows (мақола), through the transliteration', () => {
		const cyrl = dict['uz-cyrl'];
		expect(strings(cyrl).filter(([, v]) => /ҳикоя/i.test(v))).toEqual([]);
		expect(cyrl.embed.readStory).toBe('Мақолани тўлиқ ўқиш');
		expect(cyrl.embedPanel.summary).toBe('Мақолани сайтингизга жойлаштиринг');
		expect(cyrl.shareOpen).toBe('Мақолани шу босқичдан бошлаб ўқиш');
	});

	it('ru says материал, and этап rather than шаг (S-13)', () => {
		const ru = UI.ru;
		expect(strings(ru).filter(([, v]) => /истори/i.test(v))).toEqual([]);
		expect(strings(ru).filter(([, v]) => /(?<![а-яё])шаг/i.test(v))).toEqual([]);
		expect(ru.embed.readStory).toBe('Читать материал полностью');
		expect(ru.embed.openAtStep).toBe('Открыть материал на этом этапе');
		expect(ru.embedPanel.summary).toBe('Встроить материал на свой сайт');
		expect(ru.embedPanel.intro).toMatch(/^Разместите материал, его шкалу времени или карту /);
		expect(ru.embedPanel.kinds.story).toBe('Весь материал по этапам');
		expect(ru.embedPanel.readStory).toBe('Читать материал');
		expect(ru.shareOpen).toBe('Читать материал с этого этапа');
	});
});

describe('the published line, the source link and the precision key', () => {
	it('says Published, with no “page” (before the date)', () => {
		expect(UI.uz.published).toBe('Eʼlon qilingan:');
		expect(UI.ru.published).toBe('Опубликовано');
		expect(UI.en.published).toBe('Published');
	});

	it('links to the interview in plain words, with no paragraph number, so fill() leaves it whole', () => {
		const words = { uz: 'Intervyuda oʻqish', ru: 'Читать в интервью', en: 'Read this in the interview' };
		for (const lang of CONTENT_LANGUAGES) {
			expect(UI[lang].sourceLink).toBe(words[lang]);
			expect(placeholders(UI[lang].sourceLink)).toEqual([]);
			expect(fill(UI[lang].sourceLink, 'P4')).toBe(words[lang]);
		}
	});

	it('S-11: the English key reads “Date given to:”', () => {
		expect(UI.en.precisionKey).toBe('Date given to:');
		expect(UI.en.skipLink).toBe('Skip to main content');
	});
});

describe('S-12: the two self-sizing code formats can be told apart', () => {
	it('in every edition, script and pym differ and say which page each is for', () => {
		for (const lang of LANGUAGES) {
			const { script, pym, iframe } = dict[lang].embedPanel.formats;
			expect(new Set([script, pym, iframe]).size, lang).toBe(3);
			expect(pym, lang).toContain('pym.js');
		}
		expect(UI.en.embedPanel.formats).toEqual({
			script: 'sizes itself (no other script needed)',
			pym: 'sizes itself (for pages that already use pym.js)',
			iframe: 'fixed height, no scripts'
		});
	});
});

describe('the keys added for the inferred years, the notes, the graphic and the newsroom section', () => {
	const added = [
		'inferredYear',
		'inferredMark',
		'notesMore',
		'exploreHint',
		'scrollCue',
		'openingCounter',
		'today',
		'embedSection'
	] as const;

	it('are in every edition, non-empty', () => {
		for (const lang of LANGUAGES) {
			for (const key of added) expect(dict[lang][key].trim(), `${lang}.${key}`).not.toBe('');
			expect(Object.keys(dict[lang].dateBasis).sort(), lang).toEqual(['last-year', 'no-year', 'stated', 'this-year']);
		}
	});

	it('say what the brief gives them to say', () => {
		expect(UI.en.inferredYear).toBe('* The year is our reading of the interview (see Sources and methods).');
		expect(UI.ru.inferredYear).toBe('* Год — наше прочтение текста интервью (см. «Источники и метод»).');
		expect(UI.uz.inferredYear).toMatch(/^\* Yil — .*bizning talqinimiz \(“Manbalar va usul” boʻlimiga qarang\)\.$/);
		expect([UI.uz.inferredMark, UI.ru.inferredMark, UI.en.inferredMark]).toEqual([
			'yil: bizning talqinimiz',
			'год: наше прочтение',
			'year: our reading'
		]);
		expect([UI.uz.notesMore, UI.ru.notesMore, UI.en.notesMore]).toEqual([
			'Manbalar va usul haqida batafsil',
			'Подробнее об источниках и методе',
			'More on sources and methods'
		]);
		expect(UI.en.exploreHint).toBe('Tap or click any mark on the timeline to open its step.');
		expect(UI.en.scrollCue).toBe('Scroll to follow the year');
		expect([UI.uz.today, UI.ru.today, UI.en.today]).toEqual(['Bugun', 'Сегодня', 'Today']);
		expect([UI.uz.embedSection, UI.ru.embedSection, UI.en.embedSection]).toEqual([
			'Tahririyatlar uchun',
			'Для редакций',
			'For newsrooms'
		]);
	});

	it('the footnote and the mark point to the notes by their heading', () => {
		expect(UI.uz.inferredYear).toContain('“Manbalar va usul”');
		expect(UI.ru.inferredYear).toContain('«Источники и метод»');
		expect(UI.en.inferredYear).toContain('Sources and methods');
	});

	it('counters and date bases carry their placeholders in every edition', () => {
		const fills = { stated: [], 'this-year': ['{0}'], 'last-year': ['{0}', '{1}'], 'no-year': ['{0}'] };
		for (const lang of LANGUAGES) {
			expect(placeholders(dict[lang].openingCounter), lang).toEqual(['{0}']);
			for (const [basis, expected] of Object.entries(fills))
				expect(placeholders(dict[lang].dateBasis[basis as keyof typeof fills]), `${lang} ${basis}`).toEqual(expected);
		}
		expect(fill(UI.en.openingCounter, 7)).toBe('7 steps');
		expect(fill(UI.ru.openingCounter, 7)).toBe('Этапов: 7');
		expect(fill(UI.uz.openingCounter, 7)).toBe('7 bosqich');
		expect(fill(UI.en.dateBasis['last-year'], 2024, 2023)).toBe(
			'“last year” in the interview, read as 2024 (our reading; 2023 is possible)'
		);
		expect(fill(UI.ru.dateBasis['this-year'], 2024)).toBe(
			'в интервью «в этом году»; интервью подводит итоги 2024 года'
		);
		expect(fill(UI.uz.dateBasis['last-year'], 2024, 2023)).toBe(
			'intervyuda “oʻtgan yili”; 2024-yil deb hisoblaymiz (bizning talqinimiz; 2023-yil ham boʻlishi mumkin)'
		);
	});

	it('date bases quote the interview’s own words in each language', () => {
		expect(UI.uz.dateBasis['this-year']).toContain('“joriy yil”');
		expect(UI.uz.dateBasis['last-year']).toContain('“oʻtgan yili”');
		expect(UI.ru.dateBasis['this-year']).toContain('«в этом году»');
		expect(UI.ru.dateBasis['last-year']).toContain('«в прошлом году»');
		expect(UI.en.dateBasis['this-year']).toContain('“this year”');
		expect(UI.en.dateBasis['last-year']).toContain('“last year”');
	});
});

describe('typography of the dictionaries', () => {
	it('uz uses “ ” quotes, oʻ gʻ with U+02BB and ʼ with U+02BC', () => {
		const all = strings(UI.uz)
			.filter(([path]) => !path.startsWith('quoteMarks'))
			.map(([, v]) => v)
			.join('\n');
		expect(all).not.toMatch(/[«»"]/);
		expect(all).not.toMatch(/[oOgG][‘’'`]/);
		expect(all).not.toMatch(/(?<![oOgG])ʻ/);
		expect(all).toContain('“');
	});

	it('ru uses « » quotes', () => {
		const all = strings(UI.ru)
			.filter(([path]) => !path.startsWith('quoteMarks'))
			.map(([, v]) => v)
			.join('\n');
		expect(all).not.toMatch(/[“”"]/);
	});
});

describe('the Uzbek Cyrillic dictionary', () => {
	it('transliterates nested records too (dateBasis, embedPanel.formats), placeholders left alone', () => {
		const cyrl = dict['uz-cyrl'];
		expect(cyrl.dateBasis['this-year']).toBe('интервьюда «жорий йил»; интервью {0}-йил якунларини сарҳисоб қилади');
		expect(cyrl.dateBasis.stated).toBe('интервьюда айтилганидек');
		expect(cyrl.embedPanel.formats.pym).toBe('баландлиги ўзи мослашади (pym.js аллақачон уланган саҳифалар учун)');
		expect(cyrl.inferredYear).toBe(
			'* Йил — интервью матнига асосланган бизнинг талқинимиз («Манбалар ва усул» бўлимига қаранг).'
		);
		expect(cyrl.published).toBe('Эълон қилинган:');
		expect(cyrl.openingCounter).toBe('{0} босқич');
		expect(cyrl.scrollCue).toBe('Пастга айлантиринг');
		expect(cyrl.exploreHint).toBe('Вақт чизиғидаги белгини боссангиз, унинг босқичи очилади.');
	});

	it('leaves no Latin word but the kept ones (keepLatin, file names)', () => {
		const kept = (w: string) => keepLatin.some((k) => k.split(/[ -]/).includes(w)) || ['pym', 'js'].includes(w);
		for (const [path, value] of strings(dict['uz-cyrl'])) {
			const latin = (value.match(/\p{Script=Latin}+/gu) ?? []).filter((w) => !kept(w));
			expect(latin, `${path}: ${value}`).toEqual([]);
		}
	});

	it('is what transliteratedUi makes of the Latin one with any script, key for key', () => {
		const marked = transliteratedUi(UI.uz, (t) => `[${t}]`);
		expect(strings(marked).map(([p]) => p)).toEqual(strings(UI.uz).map(([p]) => p));
		expect(marked.dateBasis['no-year']).toBe(`[${UI.uz.dateBasis['no-year']}]`);
		expect(marked.quoteMarks[0]).toBe('[“]');
	});
});
