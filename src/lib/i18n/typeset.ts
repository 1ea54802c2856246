/**
 * Typesetting per language: where a line must not break, an ordinary space
 * becomes a no-break space (U+00A0) and a hyphen a non-breaking hyphen
 * held by a word joiner (NBHY). Nothing else changes: the text reads the same (`untypeset`
 * makes those characters ordinary ones again, to compare or search).
 *
 *   typeset('2023-yil 5-dekabr — Nyu-Yorkda', 'uz'); // '2023‑yil 5‑dekabr — Nyu‑Yorkda', with U+00A0 before —
 *   typeset('5 декабря 2023 г.', 'ru');             // '5 декабря 2023 г.', with U+00A0 after 5 and after 2023
 *
 * The rules, each for the languages named:
 * - all: no break before a spaced dash (" — ", " – "): the space before it is U+00A0;
 *   none inside a short capitalised hyphenated place name (Nyu-York, Нью-Йорк):
 *   a hyphen after a capitalised word of 2–4 letters and before a capital;
 *   none after the en dash of a range of numbers (2021–2026, P2–P10): a word joiner follows it;
 *   none inside a quoted term of two words (“yoʻl xaritasi”, «дорожная карта»).
 * - uz, uz-cyrl: none inside a number-hyphen-word join (2024-yil, 5-dekabr,
 *   24-ноябрь, 2021–2026-yillar, whose en dash stays as it is), nor between a year
 *   and the word yil/йил written apart (2024 yilda), nor between a year and its month
 *   (2023-yil dekabrida, 2024-йил май).
 * - ru: none between a day and a month (5 декабря), nor between a year and
 *   год/года/году…/г./гг. (2024 год, 2026 г., 2021–2026 годы), nor inside a
 *   number and its ending (2024-м, 2024-му), nor between a month and its year
 *   (декабря 2023, декабрь 2024, в декабре 2023); a one-letter preposition or
 *   conjunction (в, к, о, с, у, и, а) never ends a line; nor do a number and its unit
 *   (7 мин) or the halves of т. п., т. е., т. д. part.
 * - en: none between a day and a month (5 December), nor between a month and a
 *   year (May 2024, December 2023).
 * Only U+0020 spaces, U+002D hyphens and numbers' en dashes (U+2013) are ever changed, and none inside a
 * web address, an HTML tag or a {0}-style placeholder (read as a number by its neighbours: {0}-bosqich). Typesetting twice
 * changes nothing more (the rules never match what they write).
 */
import type { Lang } from './languages';

/** No-break space. */
export const NBSP = '\u00a0';
/** Non-breaking hyphen. */
// A hyphen held to the next letter by a word joiner (U+2060, invisible and zero-width): the story's
// fonts have no U+2011 NON-BREAKING HYPHEN (a browser would draw it from another font), and a hyphen
// followed by a word joiner looks the same as a hyphen and does not break (UAX #14, LB11).
export const NBHY = '-\u2060';

/** A rule: each match is the one character (a space or a hyphen) to replace with `to`. */
interface Rule {
	pattern: RegExp;
	to: string;
}

/** A whole word: no letter, mark or digit right before it. */
const WORD_START = String.raw`(?<![\p{L}\p{M}\p{N}])`;
/** The end of a word: no letter or mark right after it. */
const WORD_END = String.raw`(?![\p{L}\p{M}])`;

const rule = (pattern: string, to: string, flags = ''): Rule => ({ pattern: new RegExp(pattern, `gu${flags}`), to });

/** A space before a spaced dash, or before the "…" of words left out of a quote (followed by a space, the end, or closing punctuation). */
const DASH = rule(String.raw` (?=[—–…](?:\s|$|[,.;:!?)»”’]))`, NBSP);

/** The hyphen of Nyu-York, Нью-Йорк: after a capitalised word of 2–4 letters, before a capital. */
const PLACE = rule(String.raw`(?<=${WORD_START}\p{Lu}\p{Ll}{1,3})-(?=\p{Lu})`, NBHY);

/** The en dash of a range of numbers (2021–2026) or of paragraphs (P2–P10), held to what follows by a word joiner (UAX #14, WJ). */
const RANGE = rule(String.raw`(?<=\d)–(?=\p{Lu}?\d)`, '–\u2060');

/** The space of a quoted term of two words (“yoʻl xaritasi”, «дорожная карта»), between its quotation marks. */
const QUOTED_PAIR = rule(String.raw`(?<=[“«„‘]\p{L}[\p{L}\p{M}ʻʼ’-]*) (?=\p{L}[\p{L}\p{M}ʻʼ’-]*[”»“’])`, NBSP);

/** The hyphen between a number and the word or ending it joins (2024-yil, 5-dekabr, 24-ноябрь, 2024-м; not P2-P10). */
const NUMBER_WORD = rule(String.raw`(?<=${WORD_START}\d+)-(?=\p{L}+(?!\p{N}))`, NBHY);
/** Uzbek: a year and yil/йил written apart (2024 yilda). */
const UZ_YEAR_WORD = rule(String.raw`(?<=${WORD_START}\d{4}) (?=(?:yil|йил))`, NBSP, 'i');

/** Uzbek: a year and its month (2023-yil dekabrida, 2024-йил май): the months in both scripts, any suffix. */
const UZ_MONTHS =
	'yanvar|fevral|mart|aprel|may|iyun|iyul|avgust|sentabr|oktabr|noyabr|dekabr|январ|феврал|март|апрел|май|июн|июл|август|сентябр|октябр|ноябр|декабр';
const UZ_YEAR_MONTH = rule(String.raw`(?<=${WORD_START}\d{4}-(?:yil|йил)) (?=(?:${UZ_MONTHS}))`, NBSP, 'i');

const RU_MONTHS_GENITIVE = 'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря';
const RU_MONTHS = `${RU_MONTHS_GENITIVE}|январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь|январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре`;
/** Russian: a month, in any case, and its year (декабря 2023, декабрь 2024, в декабре 2023). */
const RU_MONTH_YEAR = rule(String.raw`(?<=${WORD_START}(?:${RU_MONTHS})) (?=\d{4}(?!\p{N}))`, NBSP, 'i');
/** Russian: a day and its month (5 декабря). */
const RU_DAY_MONTH = rule(String.raw`(?<=${WORD_START}\d{1,2}) (?=(?:${RU_MONTHS_GENITIVE})${WORD_END})`, NBSP, 'i');
/** Russian: a year and год in any case, г. or гг. (2024 год, 2026 г., 2021–2026 годы). */
const RU_YEAR_WORD = rule(
	String.raw`(?<=${WORD_START}\d{4}) (?=(?:год(?:а|у|ом|е|ы|ов|ам|ами|ах)?${WORD_END}|гг?\.))`,
	NBSP
);

const EN_MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** English: a day and its month (5 December). */
const EN_DAY_MONTH = rule(String.raw`(?<=${WORD_START}\d{1,2}) (?=(?:${EN_MONTHS})${WORD_END})`, NBSP);
/** English: a month and its year (May 2024). */
const EN_MONTH_YEAR = rule(String.raw`(?<=${WORD_START}(?:${EN_MONTHS})) (?=\d{4}(?!\p{N}))`, NBSP);

/** English: the space of a two-word name a line must not split (New York). */
const EN_NAME = rule(String.raw`(?<=${WORD_START}New) (?=York${WORD_END})`, NBSP);
/** Russian: a one-letter preposition or conjunction is held to the next word (в Нью-Йорке, и «дорожная карта»). */
const RU_SHORT_WORD = rule(String.raw`(?<=${WORD_START}[вкосуиаВКОСУИА]) (?=[\p{L}\p{N}«„“])`, NBSP);
/** Russian: a number and its unit (7 мин). */
const RU_NUMBER_UNIT = rule(String.raw`(?<=${WORD_START}\d+) (?=(?:мин|ч|км|тыс|млн)\.?${WORD_END})`, NBSP);
/** Russian: the two halves of т. д., т. е., т. п. */
const RU_ABBREVIATION_PAIR = rule(String.raw`(?<=${WORD_START}т\.) (?=[дпе]\.)`, NBSP);
/** Russian: the space of an abbreviation in two parts (КТУ ООН). */
const RU_ABBREVIATION = rule(String.raw`(?<=${WORD_START}КТУ) (?=ООН${WORD_END})`, NBSP);

const UZBEK = [DASH, PLACE, RANGE, QUOTED_PAIR, NUMBER_WORD, UZ_YEAR_WORD, UZ_YEAR_MONTH];

/** The rules of each edition. */
const RULES: Record<Lang, readonly Rule[]> = {
	uz: UZBEK,
	'uz-cyrl': UZBEK,
	ru: [
		DASH,
		PLACE,
		RANGE,
		QUOTED_PAIR,
		NUMBER_WORD,
		RU_DAY_MONTH,
		RU_MONTH_YEAR,
		RU_YEAR_WORD,
		RU_ABBREVIATION,
		RU_NUMBER_UNIT,
		RU_ABBREVIATION_PAIR,
		RU_SHORT_WORD
	],
	en: [DASH, PLACE, RANGE, QUOTED_PAIR, EN_DAY_MONTH, EN_MONTH_YEAR, EN_NAME]
};

/** Stretches left alone: web addresses, bare domains, HTML tags, {0}-style placeholders. */
const PROTECTED =
	/https?:\/\/[^\s<>"“”«»]+|\bwww\.[^\s<>"“”«»]+|\b(?:[a-z0-9-]+\.)+(?:uz|com|org|net|info|int|ru|io|js)\b(?:\/[^\s<>"“”«»]*)?|<[^<>]*>|\{[^{}]*\}/giu;

/** The text typeset for an edition (see the rules above). */
export function typeset(text: string, lang: Lang): string {
	// Protected stretches are masked with U+FFFC (neither a letter, a digit nor a space),
	// so a rule neither changes them nor reads them as a neighbour ("…/May 2024" in an address).
	// A {0}-style placeholder is masked as digits instead: it holds a number in every string that joins
	// a word to it ({0}-bosqich, {0}-yil), so the number rules hold that join as they would the number's.
	const masked = text.replace(PROTECTED, (m) => (/^\{[^{}]*\}$/.test(m) ? '0' : '\ufffc').repeat(m.length));
	// Every rule replaces one UTF-16 unit (with one or, for NBHY, two): the output is kept one slot per
	// input unit, so indices hold; each rule is matched on the masked input.
	const out = text.split('');
	for (const { pattern, to } of RULES[lang]) for (const m of masked.matchAll(pattern)) out[m.index] = to;
	return out.join('');
}

/** No-break spaces and hyphens made ordinary ones (the typesetting undone, for text that had none before), e.g. to compare or search. */
export function untypeset(text: string): string {
	return text
		.replace(/\u00a0/g, ' ')
		.replace(/\u2060/g, '')
		.replace(/\u2011/g, '-');
}
