import { beforeAll, describe, expect, it } from 'vitest';
import { NBHY, NBSP, typeset, untypeset } from '$lib/i18n/typeset';
import { LANGUAGES, type Lang } from '$lib/i18n/languages';
import { buildModel } from '$lib/server/content/model';
import { editionFor } from '$lib/server/content/edition';
import { cyrillicTransliterator } from '$lib/i18n/transliterate';
import { readContentFiles } from './helpers';

/** The typeset text with its invisible characters shown: ~ for a no-break space, = for a non-breaking hyphen, ≈ for a range's held dash. */
const shown = (text: string, lang: Lang) =>
	typeset(text, lang)
		.replace(/\u00a0/g, '~')
		.replace(/-\u2060/g, '=')
		.replace(/–\u2060/g, '≈');

/** Checks each [input, expected with ~ and =] pair. */
function expectAll(lang: Lang, pairs: [string, string][]) {
	for (const [input, expected] of pairs) expect(shown(input, lang), input).toBe(expected);
}

describe('typeset: the characters', () => {
	it('writes U+00A0, and a hyphen held by a word joiner (U+2060)', () => {
		expect(NBSP).toBe('\u00a0');
		expect(NBHY).toBe('-\u2060');
		expect(typeset('2024-yil', 'uz')).toBe('2024-\u2060yil');
		expect(typeset('2024 год', 'ru')).toBe('2024\u00a0год');
	});
});

describe('typeset: Uzbek, both scripts', () => {
	it('joins a number and the word after its hyphen (2024-yil, 5-dekabr, 24-ноябрь)', () => {
		expectAll('uz', [
			['2024-yil', '2024=yil'],
			['2023-yil 5-dekabr', '2023=yil 5=dekabr'],
			['2023-yilning 5-dekabr kuni', '2023=yilning 5=dekabr kuni'],
			['2026-yil 24-noyabr', '2026=yil 24=noyabr'],
			// A placeholder holds a number where a word is joined to it: the join holds as the number's would.
			['{0}-bosqich, jami {1}', '{0}=bosqich, jami {1}']
		]);
		expectAll('uz-cyrl', [
			['24-ноябрь', '24=ноябрь'],
			['2023-йил 5-декабрь', '2023=йил 5=декабрь'],
			['2024-йилда', '2024=йилда']
		]);
	});

	it('keeps the en dash of a range and joins its last year to the word (2021–2026-yillar)', () => {
		expectAll('uz', [
			['2021–2026-yillar', '2021≈2026=yillar'],
			['2021–2026-yillarga moʻljallangan', '2021≈2026=yillarga moʻljallangan']
		]);
		expectAll('uz-cyrl', [['2021–2026-йилларга', '2021≈2026=йилларга']]);
		// AUDIT round 9, O-1: "2021– / 2026" split at the dash, in every edition.
		expectAll('ru', [['на 2021–2026 годы', 'на 2021≈2026~годы']]);
		// AUDIT round 15, O-4: a number and its unit, the halves of «т. п.».
		expectAll('ru', [
			['7 мин чтения', '7~мин чтения'],
			['{0} мин', '{0}~мин'],
			['и т. п.', 'и~т.~п.']
		]);
		expectAll('en', [
			['for 2021–2026, and', 'for 2021≈2026, and'],
			['(P2–P10 the answer)', '(P2≈P10 the answer)']
		]);
	});

	it('joins a year to its month, and a quoted term of two words (AUDIT round 10, S-2, S-3)', () => {
		expectAll('uz', [
			['2023-yil dekabrida', '2023=yil~dekabrida'],
			['tashrif va “yoʻl xaritasi”', 'tashrif va “yoʻl~xaritasi”'],
			['“bir ikki uch”', '“bir ikki uch”']
		]);
		expectAll('uz-cyrl', [
			['2024-йил май', '2024=йил~май'],
			['ташриф ва «йўл харитаси»', 'ташриф ва «йўл~харитаси»']
		]);
		expectAll('ru', [
			['5 декабря 2023 г.', '5~декабря~2023~г.'],
			['с декабря 2023 по декабрь 2024 года', 'с~декабря~2023 по декабрь~2024~года'],
			['и «дорожная карта»', 'и~«дорожная~карта»'],
			// AUDIT round 11, O-1: "в декабре / 2023 года" in the standfirst.
			['в декабре 2023 года', 'в~декабре~2023~года'],
			['в декабре 2024-го', 'в~декабре~2024=го'],
			// AUDIT round 12, O-1: "Визит в Ташкент / и / «дорожная карта»", "Меморандум в / Нью-Йорке" on cards.
			['Визит в Ташкент и «дорожная карта»', 'Визит в~Ташкент и~«дорожная~карта»'],
			['Меморандум в Нью-Йорке', 'Меморандум в~Нью=Йорке'],
			['В 2024 году', 'В~2024~году'],
			['да, и всё', 'да, и~всё'],
			['вы и я', 'вы и~я'],
			['ТВ и', 'ТВ и']
		]);
		expectAll('en', [
			['a “catalyst” for', 'a “catalyst” for'],
			['a “road map” here', 'a “road~map” here']
		]);
	});

	it('joins a year and yil written apart (P1: “2024 yilda”)', () => {
		expectAll('uz', [
			['intervyusida 2024 yilda Oʻzbekiston', 'intervyusida 2024~yilda Oʻzbekiston'],
			['2024 yil', '2024~yil']
		]);
		expectAll('uz-cyrl', [['2024 йилда', '2024~йилда']]);
	});

	it('keeps Nyu-York and Нью-Йорк on one line, with a suffix too', () => {
		expectAll('uz', [
			['Nyu-York', 'Nyu=York'],
			['BMTning Nyu-Yorkdagi qarorgohida', 'BMTning Nyu=Yorkdagi qarorgohida']
		]);
		expectAll('uz-cyrl', [
			['Нью-Йорк', 'Нью=Йорк'],
			['Нью-Йоркдаги', 'Нью=Йоркдаги']
		]);
	});

	it('leaves the other hyphens breakable (saʼy-harakatlari, bosqichma-bosqich, ilmiy-ekspert, Oʻzbekiston-BMT)', () => {
		expectAll('uz', [
			['saʼy-harakatlari', 'saʼy-harakatlari'],
			['bosqichma-bosqich', 'bosqichma-bosqich'],
			['shtab-kvartirasida', 'shtab-kvartirasida'],
			['Oʻzbekiston-BMT', 'Oʻzbekiston-BMT'],
			['Sharq-Gʻarb', 'Sharq-Gʻarb'],
			['P2-P10', 'P2-P10']
		]);
		expectAll('uz-cyrl', [['саъй-ҳаракатлари', 'саъй-ҳаракатлари']]);
	});

	it('keeps a spaced dash off the start of a line', () => {
		expectAll('uz', [
			['P0 — sarlavha, P1 — kirish', 'P0~— sarlavha, P1~— kirish'],
			[
				'“Joriy yilning may oyida” — biz uni 2024-yil deb oʻqiymiz — Voronkov',
				'“Joriy yilning may oyida”~— biz uni 2024=yil deb oʻqiymiz~— Voronkov'
			],
			['Voronkov – Oʻzbekiston bilan', 'Voronkov~– Oʻzbekiston bilan'],
			['”, – deydi', '”,~– deydi']
		]);
		expectAll('uz-cyrl', [['P0 — сарлавҳа', 'P0~— сарлавҳа']]);
	});
});

describe('typeset: Russian', () => {
	it('joins a day and its month (5 декабря)', () => {
		expectAll('ru', [
			['5 декабря', '5~декабря'],
			['24 ноября 2026 г.', '24~ноября~2026~г.'],
			['5 декабря 2023 года', '5~декабря~2023~года'],
			['1 мая', '1~мая'],
			['с 5 по 7 марта', 'с~5 по 7~марта']
		]);
	});

	it('joins a year and год in any case, г. and гг. (2024 год, 2026 г., 2021–2026 годы)', () => {
		expectAll('ru', [
			['2024 год', '2024~год'],
			['2026 г.', '2026~г.'],
			['в 2024 году', 'в~2024~году'],
			['с декабря 2023 по декабрь 2024 года', 'с~декабря~2023 по декабрь~2024~года'],
			['2021–2026 годы', '2021≈2026~годы'],
			['2021–2026 гг.', '2021≈2026~гг.'],
			['Интервью: информационное агентство «Дунё», 2024 год', 'Интервью: информационное агентство «Дунё», 2024~год']
		]);
	});

	it('keeps Нью-Йорк on one line and a spaced dash off the start of a line', () => {
		expectAll('ru', [
			// AUDIT round 9, O-2: "2024- / м" in the notes.
			['в 2024-м', 'в~2024=м'],
			['к 2024-му', 'к~2024=му'],
			['в Нью-Йорке', 'в~Нью=Йорке'],
			// AUDIT-8 O-2: "глава КТУ / ООН" on a card.
			['глава КТУ ООН назвал', 'глава КТУ~ООН назвал'],
			['КТУ ООНа', 'КТУ ООНа'],
			['P0 — заголовок', 'P0~— заголовок'],
			['мы относим это к 2024 году — в', 'мы относим это к~2024~году~— в']
		]);
	});

	it('leaves other numbers, words and hyphens alone', () => {
		expectAll('ru', [
			['2024 годовой', '2024 годовой'],
			['2024 гость', '2024 гость'],
			['12024 год', '12024 год'],
			['5 майских', '5 майских'],
			['105 декабря', '105 декабря'],
			['P5 мая', 'P5 мая'],
			['Центрально-Азиатский', 'Центрально-Азиатский'],
			['P2-P10', 'P2-P10']
		]);
	});
});

describe('typeset: English', () => {
	it('joins a day and its month, and a month and its year (5 December, May 2024)', () => {
		expectAll('en', [
			['5 December', '5~December'],
			['5 December 2023', '5~December~2023'],
			['May 2024', 'May~2024'],
			['December 2023', 'December~2023'],
			['in May 2024, which', 'in May~2024, which'],
			['Page published 24 November 2026', 'Page published 24~November~2026']
		]);
	});

	it('keeps a spaced dash off the start of a line', () => {
		expectAll('en', [
			['May – which we read as May 2024 –', 'May~– which we read as May~2024~–'],
			['A memorandum in New York — Catalyst', 'A memorandum in New~York~— Catalyst']
		]);
	});

	it('keeps New York on one line (AUDIT-8 O-1: "A briefing in New / York" on a card)', () => {
		expectAll('en', [
			['A briefing in New York', 'A briefing in New~York'],
			['New Yorker', 'New Yorker'],
			['Renew York', 'Renew York']
		]);
	});

	it('leaves other words and numbers alone (may, 2024 May, 12345 May, a year that is not one)', () => {
		expectAll('en', [
			['it may 2024', 'it may 2024'],
			['Mayor 2024', 'Mayor 2024'],
			['May 20245', 'May 20245'],
			['125 May', '125 May'],
			['5 Decembers', '5 Decembers'],
			['2021 – 2026', '2021~– 2026'],
			['Counter-Terrorism', 'Counter-Terrorism'],
			['2024-yil', '2024-yil'],
			['2024 год', '2024 год']
		]);
	});
});

describe('typeset: what it never touches', () => {
	it('leaves web addresses, domains, tags and placeholders alone', () => {
		expectAll('uz', [
			['https://dunyo.info/uz/2024-yil — intervyu', 'https://dunyo.info/uz/2024-yil~— intervyu'],
			['kun.uz/2024-yil', 'kun.uz/2024-yil'],
			['<a href="/2024-yil">2024-yil</a>', '<a href="/2024-yil">2024=yil</a>'],
			['{0} — {1}', '{0}~— {1}']
		]);
		expectAll('en', [
			['www.example.com/5 December', 'www.example.com/5 December'],
			['{5 December} 5 December', '{5 December} 5~December'],
			['Visit https://example.com/May 2024', 'Visit https://example.com/May 2024']
		]);
	});

	it('changes only spaces and hyphens, and only to U+00A0 and U+2011', () => {
		const samples = ['2024-yil 5-dekabr — Nyu-York', '5 декабря 2024 года — Нью-Йорк', '5 December 2023 – May 2024'];
		for (const lang of LANGUAGES)
			for (const text of samples) {
				const out = typeset(text, lang);
				expect(untypeset(out)).toBe(text);
				// Read as one slot per input character: a word joiner belongs to the hyphen before it.
				const slots = out.replace(/-\u2060/g, '=').split('');
				expect(slots).toHaveLength(text.length);
				const changes = slots.flatMap((c, i) => (c === text[i] ? [] : [`${text[i]}→${c}`]));
				expect(changes.length, text).toBeGreaterThan(0);
				for (const change of changes) expect([' →\u00a0', '-→='], text).toContain(change);
			}
	});

	it('leaves a text without any of its cases unchanged', () => {
		for (const lang of LANGUAGES)
			expect(typeset('Hech narsa yoʻq. Ничего. Nothing.', lang)).toBe('Hech narsa yoʻq. Ничего. Nothing.');
		expect(typeset('', 'uz')).toBe('');
	});
});

describe('typeset on the story’s own text', () => {
	/** Every string in a value, however deep. */
	const strings = (value: unknown, out: string[] = []): string[] => {
		if (typeof value === 'string') out.push(value);
		else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
		return out;
	};
	// Built in beforeAll, so that a content problem fails these tests and not the rules' own.
	let model: ReturnType<typeof buildModel>;
	let texts: Record<Lang, string[]>;
	beforeAll(() => {
		model = buildModel(readContentFiles());
		texts = Object.fromEntries(LANGUAGES.map((lang) => [lang, strings(editionFor(model, lang))])) as Record<
			Lang,
			string[]
		>;
	});

	it('is idempotent and changes nothing a reader sees, in every string of every edition', () => {
		for (const lang of LANGUAGES) {
			expect(texts[lang].length).toBeGreaterThan(100);
			for (const text of texts[lang]) {
				const once = typeset(text, lang);
				expect(typeset(once, lang), text).toBe(once);
				expect(untypeset(once), text).toBe(untypeset(text));
			}
		}
	});

	it('finds the issue’s cases in the editions (2024-yil, 24-ноябрь, Nyu-York, 5 декабря, 2024 год, May 2024)', () => {
		const all = (lang: Lang) => texts[lang].map((t) => typeset(t, lang)).join('\n');
		expect(all('uz')).toContain('2024-\u2060yil');
		expect(all('uz')).toContain('Nyu-\u2060York');
		expect(all('uz-cyrl')).toContain('Нью-\u2060Йорк');
		expect(all('uz-cyrl')).toContain('2021–\u20602026-\u2060йил');
		expect(all('ru')).toContain('5\u00a0декабря');
		expect(all('ru')).toContain('2024\u00a0год');
		expect(all('en')).toContain('5\u00a0December');
		expect(all('en')).toContain('May\u00a02024');
		// No ordinary hyphen is left after a number in the Uzbek editions.
		for (const lang of ['uz', 'uz-cyrl'] as const) expect(all(lang)).not.toMatch(/\d-\p{L}/u);
	});

	it('holds the Uzbek Cyrillic edition together as the Latin one (it runs after the transliteration, as editionFor does)', () => {
		const toCyrillic = cyrillicTransliterator(model.transliteration);
		const uz = [
			...texts.uz,
			'2023-yil 5-dekabr, BMTning Nyu-Yorkdagi qarorgohida — 2021–2026-yillarga, 2024 yilda, dekabrdagi'
		];
		const held = (text: string) => [...text.matchAll(/-\u2060|\u00a0/g)].length;
		for (const text of uz) expect(held(typeset(toCyrillic(text), 'uz-cyrl')), text).toBe(held(typeset(text, 'uz')));
		expect(typeset(toCyrillic(uz.at(-1)!), 'uz-cyrl')).toContain('2023-\u2060йил 5-\u2060декабрь');
	});
});
