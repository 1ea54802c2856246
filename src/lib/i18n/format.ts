/**
 * Dates formatted per edition, as precisely as the interview gives them.
 * Month names come from Intl where the runtime has the language's data and
 * from our own table where it does not (some browsers ship no Uzbek data).
 */
import type { When } from '$lib/content/dates';
import { HTML_LANG, type Lang } from './languages';

const UZ_MONTHS = ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avgust', 'sentabr', 'oktabr', 'noyabr', 'dekabr'];
const UZ_MONTHS_SHORT = ['yan', 'fev', 'mar', 'apr', 'may', 'iyn', 'iyl', 'avg', 'sen', 'okt', 'noy', 'dek'];

/** Our own month names, used when Intl lacks the language. */
export const MONTH_TABLE: Partial<Record<Lang, { long: string[]; short: string[] }>> = {
	uz: { long: UZ_MONTHS, short: UZ_MONTHS_SHORT }
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

/** Month names of an edition, from Intl or, failing that, from MONTH_TABLE. */
export function monthNames(lang: Lang, width: 'long' | 'short', useIntl = intlHasMonths(HTML_LANG[lang])): string[] {
	const table = MONTH_TABLE[lang];
	if (!useIntl && table) return table[width];
	const fmt = new Intl.DateTimeFormat(HTML_LANG[lang], { month: width, timeZone: 'UTC' });
	return Array.from({ length: 12 }, (_, m) => fmt.format(monthDate(m)).replace(/\.$/, '').toLowerCase());
}

const parts = (isoDate: string) => isoDate.split('-').map(Number) as [number, number, number];

/** "2023-yil 5-dekabr", "2024-yil may", "2024-yil", "2021–2026-yillar" in Uzbek. */
export function formatWhen(when: When, lang: Lang, undatedLabel: string): string {
	if (when.precision === 'undated') return undatedLabel;
	const [y, m, d] = parts(when.start);
	const [endY] = parts(when.end);
	const months = monthNames(lang, 'long');
	switch (when.precision) {
		case 'day':
			return `${y}-yil ${d}-${months[m - 1]}`;
		case 'month':
			return `${y}-yil ${months[m - 1]}`;
		case 'year':
			return `${y}-yil`;
		case 'range':
			return `${y}–${endY - 1}-yillar`;
	}
}

/** The publication date of the story, e.g. "2026-yil 24-noyabr". */
export function formatPublished(isoDate: string, lang: Lang): string {
	return formatWhen({ precision: 'day', start: isoDate, end: isoDate }, lang, '');
}

/** Axis label of a period: the year, or the month's short name. */
export function formatTick(date: Date, lang: Lang, unit: 'year' | 'month'): string {
	return unit === 'year' ? String(date.getUTCFullYear()) : monthNames(lang, 'short')[date.getUTCMonth()];
}

/** Minutes to read some text at 200 words a minute, at least 1. */
export function readingMinutes(text: string): number {
	const words = text.split(/\s+/).filter(Boolean).length;
	return Math.max(1, Math.round(words / 200));
}
