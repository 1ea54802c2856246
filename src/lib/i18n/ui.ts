/**
 * Interface strings, one typed dictionary per written language. A missing key
 * is a type error, so `npm run check` (and CI) fail on it. Uzbek Cyrillic is
 * the Uzbek Latin dictionary run through the transliteration (see
 * `transliteratedUi`, called by the content model with the story's word lists).
 * The story's own words about its graphics (time ranges, map descriptions,
 * legend) are content: content/<lang>/graphics.aml.
 *
 * Plain strings only, so an edition's dictionary travels to the browser as
 * data and neither this file nor the transliteration is in the page's
 * JavaScript. Values to insert are written {0}, {1}… (see fill.ts).
 */
import type { ContentLang } from './languages';

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
	/** {0}: the view's range, {1}: the milestone, {2}: its date and precision */
	describeTimeline: string;
	/** {0}: the view's range */
	describeRecap: string;
	mapUnavailable: string;
	tableCaption: string;
	tableHead: { milestone: string; when: string; place: string; organisations: string; source: string };
	none: string;
	/** The site's name in link previews (og:site_name). */
	siteName: string;
	/** The link on a milestone's share page that opens the story at that step. */
	shareOpen: string;
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
	describeTimeline: 'Vaqt chizigʻi, {0}. Belgilangan: {1} — {2}.',
	describeRecap: 'Vaqt chizigʻi, {0}: intervyudagi barcha bosqichlar.',
	mapUnavailable: 'Xarita hozir mavjud emas. Hikoya xaritasiz ham toʻliq oʻqiladi.',
	tableCaption: 'Intervyudagi bosqichlar: sana matn bergan aniqlikda, joy, tashkilotlar va manba xatboshi',
	tableHead: { milestone: 'Bosqich', when: 'Qachon', place: 'Qayerda', organisations: 'Tashkilotlar', source: 'Manba' },
	none: '—',
	siteName: 'Katalizator',
	shareOpen: 'Hikoyani shu bosqichdan boshlab oʻqish'
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
	describeTimeline: 'Шкала времени, {0}. Выделено: {1} – {2}.',
	describeRecap: 'Шкала времени, {0}: все этапы интервью.',
	mapUnavailable: 'Карта сейчас недоступна. История читается полностью и без неё.',
	tableCaption: 'Этапы из интервью: дата с той точностью, какую даёт текст, место, организации и абзац-источник',
	tableHead: { milestone: 'Этап', when: 'Когда', place: 'Где', organisations: 'Организации', source: 'Источник' },
	none: '—',
	siteName: 'Катализатор',
	shareOpen: 'Читать историю с этого шага'
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
	describeTimeline: 'Timeline, {0}. Highlighted: {1} – {2}.',
	describeRecap: 'Timeline, {0}: every milestone of the interview.',
	mapUnavailable: 'The map is unavailable right now. The story reads in full without it.',
	tableCaption:
		'Milestones of the interview: the date as precise as the text gives it, place, organisations and source paragraph',
	tableHead: { milestone: 'Milestone', when: 'When', place: 'Where', organisations: 'Organisations', source: 'Source' },
	none: '—',
	siteName: 'Catalyst',
	shareOpen: 'Read the story from this step'
};

/** Every string of a dictionary run through `script` ({0} placeholders pass unchanged). */
export function transliteratedUi(dict: UiStrings, script: (text: string) => string): UiStrings {
	const walk = (value: unknown): unknown => {
		if (typeof value === 'string') return script(value);
		if (Array.isArray(value)) return value.map(walk);
		if (value && typeof value === 'object')
			return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
		return value;
	};
	return walk(dict) as UiStrings;
}

export const UI: Record<ContentLang, UiStrings> = { uz, ru, en };
