/**
 * Interface strings, one typed dictionary per language. A missing key is a
 * type error, so `npm run check` (and the build) fail on it.
 */
import type { Lang } from './languages';

export interface UiStrings {
	skipLink: string;
	bylineBy: string;
	published: string;
	readingTime: (minutes: number) => string;
	sourceLink: (paragraph: string) => string;
	backToStep: (title: string) => string;
	paragraphLabel: (paragraph: string) => string;
	graphicLabel: string;
	timelineTitle: string;
	undatedLane: string;
	precision: Record<'day' | 'month' | 'year' | 'range' | 'undated', string>;
	overviewRange: string;
	detailRange: string;
	describeTimeline: (view: string, active: string, when: string) => string;
	describeRecap: (view: string) => string;
	tableCaption: string;
	tableHead: { milestone: string; when: string; place: string; organisations: string; source: string };
	none: string;
	mapPlaceholder: string;
}

const uz: UiStrings = {
	skipLink: 'Asosiy matnga oʻtish',
	bylineBy: 'Muallif',
	published: 'Eʼlon qilindi',
	readingTime: (m) => `Oʻqish vaqti: ${m} daqiqa`,
	sourceLink: (p) => `Manba: intervyu, ${p}`,
	backToStep: (t) => `Bosqichga qaytish: ${t}`,
	paragraphLabel: (p) => p,
	graphicLabel: 'Vaqt chizigʻi',
	timelineTitle: 'Hamkorlik vaqt chizigʻida',
	undatedLane: 'Sanasi aytilmagan, davom etmoqda',
	precision: { day: 'kun', month: 'oy', year: 'yil', range: 'oraliq', undated: 'sanasiz' },
	overviewRange: '2021–2026-yillar',
	detailRange: '2023-yil dekabr – 2024-yil dekabr',
	describeTimeline: (view, active, when) => `Vaqt chizigʻi, ${view}. Belgilangan: ${active} — ${when}.`,
	describeRecap: (view) => `Vaqt chizigʻi, ${view}: intervyudagi barcha bosqichlar.`,
	tableCaption: 'Intervyudagi bosqichlar: sana matn bergan aniqlikda, joy, tashkilotlar va manba xatboshi',
	tableHead: { milestone: 'Bosqich', when: 'Qachon', place: 'Qayerda', organisations: 'Tashkilotlar', source: 'Manba' },
	none: '—',
	mapPlaceholder: 'Xarita'
};

export const UI: Record<Lang, UiStrings> = { uz };
