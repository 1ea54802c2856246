/**
 * Dates formatted per edition, as precisely as the interview gives them.
 * Month names come from Intl where the runtime has the language's data and
 * from our own table where it does not (some browsers ship no Uzbek data).
 * Written languages only: a derived edition (Uzbek Cyrillic) writes its dates
 * in its source language and runs them through its script (content/edition.ts).
 */
import { INTL_LOCALE, type ContentLang } from './languages';

/** A period as precisely as it is known (content/dates.ts's When has this shape). */
export type Period =
	| { precision: 'undated' }
	| {
			precision: 'day' | 'month' | 'year' | 'range';
			/** first day, YYYY-MM-DD */ start: string;
			/** day after, YYYY-MM-DD */ end: string;
	  };

/** Our own month names, used when Intl lacks the language (CLDR's forms). */
export const MONTH_TABLE: Partial<Record<ContentLang, { long: string[]; short: string[] }>> = {
	uz: {
		long: [
			'yanvar',
			'fevral',
			'mart',
			'aprel',
			'may',
			'iyun',
			'iyul',
			'avgust',
			'sentabr',
			'oktabr',
			'noyabr',
			'dekabr'
		],
		short: ['yan', 'fev', 'mar', 'apr', 'may', 'iyn', 'iyl', 'avg', 'sen', 'okt', 'noy', 'dek']
	}
};

/**
 * Short month names an edition writes whatever Intl says: Russian axes use the
 * uniform three-letter chart forms (Intl's are clipped words of mixed length
 * without their period: февр, сент, нояб), as the Uzbek Cyrillic axis does;
 * English likewise (not en-GB's "Sept").
 */
const SHORT_MONTHS: Partial<Record<ContentLang, string[]>> = {
	ru: ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'],
	// British English's Intl gives "Sept" among three-letter names: the axis keeps them all three letters.
	en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
};

const monthDate = (m: number) => new Date(Date.UTC(2024, m, 15));

/** Whether Intl really knows this locale (and does not quietly answer in English). */
export function intlHasMonths(locale: string): boolean {
	if (Intl.DateTimeFormat.supportedLocalesOf([locale]).length === 0) return false;
	const fmt = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
	const en = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });
	// Without the data, runtimes answer in English or with placeholders such as "M05".
	const names = [0, 4, 11].map((m) => fmt.format(monthDate(m)));
	const english = [0, 4, 11].map((m) => en.format(monthDate(m)));
	return names.every((n) => !/\d/.test(n)) && (locale.startsWith('en') || names.some((n, i) => n !== english[i]));
}

/** Month names of an edition: SHORT_MONTHS, else from Intl or, failing that, from MONTH_TABLE. */
export function monthNames(
	lang: ContentLang,
	width: 'long' | 'short',
	useIntl = intlHasMonths(INTL_LOCALE[lang])
): string[] {
	const own = width === 'short' ? SHORT_MONTHS[lang] : undefined;
	if (own) return [...own];
	const table = MONTH_TABLE[lang];
	if (!useIntl && table) return table[width];
	const fmt = new Intl.DateTimeFormat(INTL_LOCALE[lang], { month: width, timeZone: 'UTC' });
	const names = Array.from({ length: 12 }, (_, m) => fmt.format(monthDate(m)).replace(/\.$/, ''));
	// Uzbek and Russian write month names in lower case; English capitalises them.
	return lang === 'en' ? names : names.map((n) => n.toLowerCase());
}

const parts = (isoDate: string) => isoDate.split('-').map(Number) as [number, number, number];
const utc = (y: number, m: number, d = 1) => new Date(Date.UTC(y, m - 1, d));
const intl = (lang: ContentLang, options: Intl.DateTimeFormatOptions, date: Date) =>
	new Intl.DateTimeFormat(INTL_LOCALE[lang], { ...options, timeZone: 'UTC' }).format(date);

interface DateWords {
	day(y: number, m: number, d: number, lang: ContentLang): string;
	month(y: number, m: number, lang: ContentLang): string;
	year(y: number): string;
	range(first: number, last: number): string;
}

/** How each language writes a date at each precision. */
const DATE_WORDS: Record<ContentLang, DateWords> = {
	uz: {
		day: (y, m, d, lang) => `${y}-yil ${d}-${monthNames(lang, 'long')[m - 1]}`,
		month: (y, m, lang) => `${y}-yil ${monthNames(lang, 'long')[m - 1]}`,
		year: (y) => `${y}-yil`,
		range: (a, b) => `${a}–${b}-yillar`
	},
	ru: {
		day: (y, m, d, lang) => intl(lang, { day: 'numeric', month: 'long', year: 'numeric' }, utc(y, m, d)),
		month: (y, m, lang) => intl(lang, { month: 'long', year: 'numeric' }, utc(y, m)),
		year: (y) => `${y} год`,
		range: (a, b) => `${a}–${b} годы`
	},
	en: {
		day: (y, m, d, lang) => intl(lang, { day: 'numeric', month: 'long', year: 'numeric' }, utc(y, m, d)),
		month: (y, m, lang) => intl(lang, { month: 'long', year: 'numeric' }, utc(y, m)),
		year: (y) => String(y),
		range: (a, b) => `${a}–${b}`
	}
};

/** A date as precisely as the interview gives it: "2023-yil 5-dekabr", "May 2024", "2021–2026 годы". */
export function formatWhen(when: Period, lang: ContentLang, undatedLabel: string): string {
	if (when.precision === 'undated') return undatedLabel;
	const [y, m, d] = parts(when.start);
	const words = DATE_WORDS[lang];
	switch (when.precision) {
		case 'day':
			return words.day(y, m, d, lang);
		case 'month':
			return words.month(y, m, lang);
		case 'year':
			return words.year(y);
		case 'range':
			return words.range(y, parts(when.end)[0] - 1);
	}
}

/** The publication date of the story, as a day. */
export function formatPublished(isoDate: string, lang: ContentLang): string {
	return formatWhen({ precision: 'day', start: isoDate, end: isoDate }, lang, '');
}

/** A text's letters (its signs, spaces left out): what reading time is counted by. */
const lettersOf = (text: string): number => text.replace(/\s+/g, '').length;

/**
 * Minutes to read some text (or texts: the mean of them), at least 1: by letters (1,400 a minute),
 * not words, so that one text in Uzbek, Russian and English (English has more and shorter words)
 * reads in about the same time in every edition.
 */
export function readingMinutes(...texts: string[]): number {
	const letters = texts.reduce((sum, text) => sum + lettersOf(text), 0) / Math.max(1, texts.length);
	return Math.max(1, Math.round(letters / 1400));
}
