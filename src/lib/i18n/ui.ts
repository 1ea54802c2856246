/**
 * Interface strings, one typed dictionary per language. A missing key is a
 * type error, so `npm run check` (and CI) fail on it. Uzbek Cyrillic is the
 * Uzbek Latin dictionary run through the transliteration.
 *
 * Plain strings only, so an edition's dictionary travels to the browser as
 * data and neither this file nor the transliteration is in the page's
 * JavaScript. Values to insert are written {0}, {1}… (see fill.ts).
 */
import type { MapViewId } from '$lib/content/schema';
import type { Lang } from './languages';
import { toCyrillic } from './transliterate';

export interface UiStrings {
	skipLink: string;
	languageNav: string;
	published: string;
	/** {0}: minutes */
	readingTime: string;
	/** {0}: paragraph, e.g. P4 */
	sourceLink: string;
	/** {0}: the step's title */
	backToStep: string;
	copyLink: string;
	/** Quotation marks around quotes from the interview: outer, then inner pair. */
	quoteMarks: [string, string, string, string];
	linkCopied: string;
	timelineTitle: string;
	undatedLane: string;
	precision: Record<'day' | 'month' | 'year' | 'range' | 'undated', string>;
	overviewRange: string;
	detailRange: string;
	/** {0}: the view's range, {1}: the milestone, {2}: its date and precision */
	describeTimeline: string;
	/** {0}: the view's range */
	describeRecap: string;
	mapUnavailable: string;
	regionLegend: string;
	mapViews: Record<MapViewId, string>;
	tableCaption: string;
	tableHead: { milestone: string; when: string; place: string; organisations: string; source: string };
	none: string;
}

const uz: UiStrings = {
	skipLink: 'Asosiy matnga oʻtish',
	languageNav: 'Til',
	published: 'Eʼlon qilindi',
	readingTime: 'Oʻqish vaqti: {0} daqiqa',
	sourceLink: 'Manba: intervyu, {0}',
	backToStep: 'Bosqichga qaytish: {0}',
	copyLink: 'Havolani nusxalash',
	quoteMarks: ['“', '”', '‘', '’'],
	linkCopied: 'Havola nusxalandi',
	timelineTitle: 'Hamkorlik vaqt chizigʻida',
	undatedLane: 'Sanasi aytilmagan, davom etmoqda',
	precision: { day: 'kun', month: 'oy', year: 'yil', range: 'oraliq', undated: 'sanasiz' },
	overviewRange: '2021–2026-yillar',
	detailRange: '2023-yil dekabr – 2024-yil dekabr',
	describeTimeline: 'Vaqt chizigʻi, {0}. Belgilangan: {1} — {2}.',
	describeRecap: 'Vaqt chizigʻi, {0}: intervyudagi barcha bosqichlar.',
	mapUnavailable: 'Xarita hozir mavjud emas. Hikoya xaritasiz ham toʻliq oʻqiladi.',
	regionLegend: 'Markaziy Osiyo: besh davlat (bizning talqinimiz)',
	mapViews: {
		world: 'Xarita: Yer shari, Nyu-York va Toshkent hamda ular orasidagi eng qisqa yoʻl.',
		tashkent: 'Xarita: Oʻzbekistondagi Toshkent shahri.',
		'central-asia':
			'Xarita: Markaziy Osiyoning besh davlati — Qozogʻiston, Qirgʻiziston, Tojikiston, Turkmaniston va Oʻzbekiston — ajratib koʻrsatilgan (bizning talqinimiz).',
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
	readingTime: 'Время чтения: {0} мин',
	sourceLink: 'Источник: интервью, {0}',
	backToStep: 'Вернуться к этапу: {0}',
	copyLink: 'Скопировать ссылку',
	quoteMarks: ['«', '»', '„', '“'],
	linkCopied: 'Ссылка скопирована',
	timelineTitle: 'Сотрудничество на шкале времени',
	undatedLane: 'Без даты, продолжается',
	precision: { day: 'день', month: 'месяц', year: 'год', range: 'период', undated: 'без даты' },
	overviewRange: '2021–2026 годы',
	detailRange: 'декабрь 2023 – декабрь 2024 года',
	describeTimeline: 'Шкала времени, {0}. Выделено: {1} – {2}.',
	describeRecap: 'Шкала времени, {0}: все этапы интервью.',
	mapUnavailable: 'Карта сейчас недоступна. История читается полностью и без неё.',
	regionLegend: 'Центральная Азия: пять государств (наше прочтение)',
	mapViews: {
		world: 'Карта: земной шар, Нью-Йорк и Ташкент и кратчайший путь между ними.',
		tashkent: 'Карта: город Ташкент в Узбекистане.',
		'central-asia':
			'Карта: выделены пять государств Центральной Азии – Казахстан, Кыргызстан, Таджикистан, Туркменистан и Узбекистан (наше прочтение).',
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
	readingTime: '{0} min read',
	sourceLink: 'Source: interview, {0}',
	backToStep: 'Back to the step: {0}',
	copyLink: 'Copy link',
	quoteMarks: ['“', '”', '‘', '’'],
	linkCopied: 'Link copied',
	timelineTitle: 'The cooperation on a timeline',
	undatedLane: 'No date given, ongoing',
	precision: { day: 'day', month: 'month', year: 'year', range: 'range', undated: 'no date' },
	overviewRange: '2021–2026',
	detailRange: 'December 2023 to December 2024',
	describeTimeline: 'Timeline, {0}. Highlighted: {1} – {2}.',
	describeRecap: 'Timeline, {0}: every milestone of the interview.',
	mapUnavailable: 'The map is unavailable right now. The story reads in full without it.',
	regionLegend: 'Central Asia: five states (our reading)',
	mapViews: {
		world: 'Map: the globe, with New York, Tashkent and the shortest path between them.',
		tashkent: 'Map: the city of Tashkent in Uzbekistan.',
		'central-asia':
			'Map: the five states of Central Asia highlighted – Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan (our reading).',
		uzbekistan: 'Map: Uzbekistan highlighted.'
	},
	tableCaption:
		'Milestones of the interview: the date as precise as the text gives it, place, organisations and source paragraph',
	tableHead: { milestone: 'Milestone', when: 'When', place: 'Where', organisations: 'Organisations', source: 'Source' },
	none: '—'
};

/** Every string of a dictionary, transliterated ({0} placeholders pass unchanged). */
function transliterated(dict: UiStrings): UiStrings {
	const walk = (value: unknown): unknown => {
		if (typeof value === 'string') return toCyrillic(value);
		if (Array.isArray(value)) return value.map(walk);
		if (value && typeof value === 'object')
			return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
		return value;
	};
	return walk(dict) as UiStrings;
}

export const UI: Record<Lang, UiStrings> = { uz, 'uz-cyrl': transliterated(uz), ru, en };
