/**
 * Interface strings, one typed dictionary per language. A missing key is a
 * type error, so `npm run check` (and CI) fail on it. Uzbek Cyrillic is the
 * Uzbek Latin dictionary run through the transliteration.
 */
import type { MapViewId } from '$lib/content/schema';
import type { Lang } from './languages';
import { toCyrillic } from './transliterate';

export interface UiStrings {
	skipLink: string;
	languageNav: string;
	published: string;
	readingTime: (minutes: number) => string;
	sourceLink: (paragraph: string) => string;
	backToStep: (title: string) => string;
	copyLink: string;
	/** Quotation marks around quotes from the interview. */
	quote: (text: string) => string;
	linkCopied: string;
	timelineTitle: string;
	undatedLane: string;
	precision: Record<'day' | 'month' | 'year' | 'range' | 'undated', string>;
	overviewRange: string;
	detailRange: string;
	describeTimeline: (view: string, active: string, when: string) => string;
	describeRecap: (view: string) => string;
	mapUnavailable: string;
	regionLegend: string;
	mapViews: Record<MapViewId, string>;
	tableCaption: string;
	tableHead: { milestone: string; when: string; place: string; organisations: string; source: string };
	none: string;
}

/** Quotes inside a quote take single marks: “a ‘b’ c”. */
const nestQuotes = (t: string) => t.replace(/“/g, '‘').replace(/”/g, '’');

const uz: UiStrings = {
	skipLink: 'Asosiy matnga oʻtish',
	languageNav: 'Til',
	published: 'Eʼlon qilindi',
	readingTime: (m) => `Oʻqish vaqti: ${m} daqiqa`,
	sourceLink: (p) => `Manba: intervyu, ${p}`,
	backToStep: (t) => `Bosqichga qaytish: ${t}`,
	copyLink: 'Havolani nusxalash',
	quote: (t) => `“${nestQuotes(t)}”`,
	linkCopied: 'Havola nusxalandi',
	timelineTitle: 'Hamkorlik vaqt chizigʻida',
	undatedLane: 'Sanasi aytilmagan, davom etmoqda',
	precision: { day: 'kun', month: 'oy', year: 'yil', range: 'oraliq', undated: 'sanasiz' },
	overviewRange: '2021–2026-yillar',
	detailRange: '2023-yil dekabr – 2024-yil dekabr',
	describeTimeline: (view, active, when) => `Vaqt chizigʻi, ${view}. Belgilangan: ${active} — ${when}.`,
	describeRecap: (view) => `Vaqt chizigʻi, ${view}: intervyudagi barcha bosqichlar.`,
	mapUnavailable: 'Xarita hozir mavjud emas. Hikoya xaritasiz ham toʻliq oʻqiladi.',
	regionLegend: 'Markaziy Osiyo: besh davlat (bizning talqinimiz)',
	mapViews: {
		world: 'Xarita: Yer shari, Nyu-York va Toshkent hamda ular orasidagi eng qisqa yoʻl.',
		tashkent: 'Xarita: Oʻzbekistondagi Toshkent shahri.',
		'central-asia': 'Xarita: Markaziy Osiyoning besh davlati — Qozogʻiston, Qirgʻiziston, Tojikiston, Turkmaniston va Oʻzbekiston — ajratib koʻrsatilgan (bizning talqinimiz).',
		uzbekistan: 'Xarita: Oʻzbekiston ajratib koʻrsatilgan.'
	},
	tableCaption: 'Intervyudagi bosqichlar: sana matn bergan aniqlikda, joy, tashkilotlar va manba xatboshi',
	tableHead: { milestone: 'Bosqich', when: 'Qachon', place: 'Qayerda', organisations: 'Tashkilotlar', source: 'Manba' },
	none: '—'
};

const ru: UiStrings = {
	skipLink: 'Перейти к основному тексту',
	languageNav: 'Язык',
	published: 'Опубликовано',
	readingTime: (m) => `Время чтения: ${m} мин`,
	sourceLink: (p) => `Источник: интервью, ${p}`,
	backToStep: (t) => `Вернуться к этапу: ${t}`,
	copyLink: 'Скопировать ссылку',
	quote: (t) => `«${t.replace(/«/g, '„').replace(/»/g, '“')}»`,
	linkCopied: 'Ссылка скопирована',
	timelineTitle: 'Сотрудничество на шкале времени',
	undatedLane: 'Без даты, продолжается',
	precision: { day: 'день', month: 'месяц', year: 'год', range: 'период', undated: 'без даты' },
	overviewRange: '2021–2026 годы',
	detailRange: 'декабрь 2023 – декабрь 2024 года',
	describeTimeline: (view, active, when) => `Шкала времени, ${view}. Выделено: ${active} – ${when}.`,
	describeRecap: (view) => `Шкала времени, ${view}: все этапы интервью.`,
	mapUnavailable: 'Карта сейчас недоступна. История читается полностью и без неё.',
	regionLegend: 'Центральная Азия: пять государств (наше прочтение)',
	mapViews: {
		world: 'Карта: земной шар, Нью-Йорк и Ташкент и кратчайший путь между ними.',
		tashkent: 'Карта: город Ташкент в Узбекистане.',
		'central-asia': 'Карта: выделены пять государств Центральной Азии – Казахстан, Кыргызстан, Таджикистан, Туркменистан и Узбекистан (наше прочтение).',
		uzbekistan: 'Карта: выделен Узбекистан.'
	},
	tableCaption: 'Этапы из интервью: дата с той точностью, какую даёт текст, место, организации и абзац-источник',
	tableHead: { milestone: 'Этап', when: 'Когда', place: 'Где', organisations: 'Организации', source: 'Источник' },
	none: '—'
};

const en: UiStrings = {
	skipLink: 'Skip to the story',
	languageNav: 'Language',
	published: 'Published',
	readingTime: (m) => `${m} min read`,
	sourceLink: (p) => `Source: interview, ${p}`,
	backToStep: (t) => `Back to the step: ${t}`,
	copyLink: 'Copy link',
	quote: (t) => `“${nestQuotes(t)}”`,
	linkCopied: 'Link copied',
	timelineTitle: 'The cooperation on a timeline',
	undatedLane: 'No date given, ongoing',
	precision: { day: 'day', month: 'month', year: 'year', range: 'range', undated: 'no date' },
	overviewRange: '2021–2026',
	detailRange: 'December 2023 to December 2024',
	describeTimeline: (view, active, when) => `Timeline, ${view}. Highlighted: ${active} – ${when}.`,
	describeRecap: (view) => `Timeline, ${view}: every milestone of the interview.`,
	mapUnavailable: 'The map is unavailable right now. The story reads in full without it.',
	regionLegend: 'Central Asia: five states (our reading)',
	mapViews: {
		world: 'Map: the globe, with New York, Tashkent and the shortest path between them.',
		tashkent: 'Map: the city of Tashkent in Uzbekistan.',
		'central-asia': 'Map: the five states of Central Asia highlighted – Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan (our reading).',
		uzbekistan: 'Map: Uzbekistan highlighted.'
	},
	tableCaption: 'Milestones of the interview: the date as precise as the text gives it, place, organisations and source paragraph',
	tableHead: { milestone: 'Milestone', when: 'When', place: 'Where', organisations: 'Organisations', source: 'Source' },
	none: '—'
};

/** Every string (and every string a function returns) of a dictionary, transliterated. */
function transliterated(dict: UiStrings): UiStrings {
	const walk = (value: unknown): unknown => {
		if (typeof value === 'string') return toCyrillic(value);
		if (typeof value === 'function') return (...args: unknown[]) => toCyrillic(value(...args));
		if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
		return value;
	};
	return walk(dict) as UiStrings;
}

export const UI: Record<Lang, UiStrings> = { uz, 'uz-cyrl': transliterated(uz), ru, en };
