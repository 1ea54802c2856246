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
	/** Opens the folded full interview. */
	readInterview: string;
	/** The switch that stops the graphics' movement for the visit. */
	reduceMotion: string;
	copyLink: string;
	/** Quotation marks around quotes from the interview: outer, then inner pair. */
	quoteMarks: [string, string, string, string];
	linkCopied: string;
	timelineTitle: string;
	undatedLane: string;
	precision: Record<'day' | 'month' | 'year' | 'range' | 'undated', string>;
	/** Before the key to how dates are drawn (PrecisionKey). */
	precisionKey: string;
	/** The band on the overview marking the stretch shown in detail. {0}: that stretch in words */
	detailWindow: string;
	/** A timeline mark as a link to its step. {0}: the milestone, {1}: its date (or the undated lane's heading) */
	goToStep: string;
	/** {0}: the view's range, {1}: the milestone, {2}: its date and precision */
	describeTimeline: string;
	/** {0}: the view's range */
	describeRecap: string;
	mapUnavailable: string;
	tableCaption: string;
	tableHead: { milestone: string; when: string; place: string; organisations: string; source: string };
	none: string;
	/** Before the links to the milestones as CSV and JSON. */
	dataFiles: string;
	/** The embeds' stepper and captions (src/lib/embed/). */
	embed: {
		previous: string;
		next: string;
		/** {0}: the step's number, {1}: how many steps */
		counter: string;
		/** The stepper's group of buttons. */
		stepper: string;
		/** Announced on a step change. {0}: the counter, {1}: the step's title */
		announce: string;
		/** The link to the full story, from the first step… */
		readStory: string;
		/** …and from any other: it opens the story at that step. */
		openAtStep: string;
		mapCredit: string;
	};
	/** The "Embed this story" panel (src/lib/newsroom/EmbedPanel.svelte). */
	embedPanel: EmbedUiStrings;
	/** The site's name in link previews (og:site_name). */
	siteName: string;
	/** The link on a milestone's share page that opens the story at that step. */
	shareOpen: string;
}

/** Strings of the embed panel; tool names (embed.js, pym.js, iframe, Ctrl+C) are added by the code, not translated. */
export interface EmbedUiStrings {
	summary: string;
	intro: string;
	kind: string;
	kinds: Record<'story' | 'timeline' | 'map', string>;
	edition: string;
	step: string;
	firstStep: string;
	format: string;
	/** What each code format does, after its tool's name. */
	formats: Record<'script' | 'pym' | 'iframe', string>;
	code: string;
	copy: string;
	copied: string;
	/** {0}: the copy shortcut */
	copyManually: string;
	preview: string;
	/** The embedded iframe's title; {0}: the story's headline */
	iframeTitle: Record<'story' | 'timeline' | 'map', string>;
	/** The link shown where scripts do not run */
	readStory: string;
}

const uz: UiStrings = {
	skipLink: 'Asosiy matnga oʻtish',
	languageNav: 'Til',
	published: 'Sahifa eʼlon qilingan sana:',
	readingTime: 'Oʻqish vaqti: {0} daqiqa',
	sourceLink: 'Manba: intervyu, {0}',
	backToStep: 'Bosqichga qaytish: {0}',
	readInterview: 'Intervyuni toʻliq oʻqish',
	reduceMotion: 'Harakatni kamaytirish',
	copyLink: 'Havolani nusxalash',
	quoteMarks: ['“', '”', '‘', '’'],
	linkCopied: 'Havola nusxalandi',
	timelineTitle: 'Hamkorlik vaqt chizigʻida',
	undatedLane: 'Sanasi aytilmagan',
	precision: { day: 'kun', month: 'oy', year: 'yil', range: 'oraliq', undated: 'sanasiz' },
	precisionKey: 'Sana aniqligi:',
	detailWindow: '{0}: batafsil koʻrinishda',
	goToStep: '{0}, {1}: shu bosqichga oʻtish',
	describeTimeline: 'Vaqt chizigʻi, {0}. Belgilangan: {1} — {2}.',
	describeRecap: 'Vaqt chizigʻi, {0}: intervyudagi barcha bosqichlar.',
	mapUnavailable: 'Xarita hozir mavjud emas. Hikoya xaritasiz ham toʻliq oʻqiladi.',
	tableCaption: 'Intervyudagi bosqichlar: sana matn bergan aniqlikda, joy, tashkilotlar va manba xatboshi',
	tableHead: { milestone: 'Bosqich', when: 'Qachon', place: 'Qayerda', organisations: 'Tashkilotlar', source: 'Manba' },
	none: '—',
	dataFiles: 'Bosqichlar maʼlumot sifatida:',
	embed: {
		previous: 'Oldingi bosqich',
		next: 'Keyingi bosqich',
		counter: '{0}-bosqich, jami {1}',
		stepper: 'Bosqichlar',
		announce: '{0}: {1}',
		readStory: 'Hikoyani toʻliq oʻqish',
		openAtStep: 'Hikoyani shu bosqichdan ochish',
		mapCredit: 'Xarita maʼlumotlari: Natural Earth (world-atlas orqali)'
	},
	embedPanel: {
		summary: 'Hikoyani saytingizga joylashtiring',
		intro: 'Hikoyani, uning vaqt chizigʻini yoki xaritasini oʻz sahifangizga qoʻying: tanlang va kodni nusxalang.',
		kind: 'Nimani joylashtirish',
		kinds: { story: 'Butun hikoya, bosqichma-bosqich', timeline: 'Vaqt chizigʻi', map: 'Xarita' },
		edition: 'Til va yozuv',
		step: 'Qaysi bosqichdan ochilsin',
		firstStep: 'Birinchi bosqichdan',
		format: 'Kod turi',
		formats: {
			script: 'balandligi oʻzi moslashadi',
			pym: 'balandligi oʻzi moslashadi',
			iframe: 'balandligi qatʼiy, skriptsiz'
		},
		code: 'Joylashtirish kodi',
		copy: 'Kodni nusxalash',
		copied: 'Nusxalandi',
		copyManually: 'Kod belgilandi: nusxalash uchun {0} tugmalarini bosing',
		preview: 'Koʻrib chiqish (yangi varaqda)',
		iframeTitle: {
			story: '{0}',
			timeline: 'Vaqt chizigʻi: {0}',
			map: 'Xarita: {0}'
		},
		readStory: 'Hikoyani oʻqish'
	},
	siteName: 'Katalizator',
	shareOpen: 'Hikoyani shu bosqichdan boshlab oʻqish'
};

const ru: UiStrings = {
	skipLink: 'Перейти к основному тексту',
	languageNav: 'Язык',
	published: 'Страница опубликована',
	readingTime: 'Время чтения: {0} мин',
	sourceLink: 'Источник: интервью, {0}',
	backToStep: 'Вернуться к этапу: {0}',
	readInterview: 'Читать интервью полностью',
	reduceMotion: 'Меньше движения',
	copyLink: 'Скопировать ссылку',
	quoteMarks: ['«', '»', '„', '“'],
	linkCopied: 'Ссылка скопирована',
	timelineTitle: 'Сотрудничество на шкале времени',
	undatedLane: 'Без даты',
	precision: { day: 'день', month: 'месяц', year: 'год', range: 'период', undated: 'без даты' },
	precisionKey: 'Точность даты:',
	detailWindow: '{0}: показано подробно',
	goToStep: '{0}, {1}: перейти к этому этапу',
	describeTimeline: 'Шкала времени, {0}. Выделено: {1} — {2}.',
	describeRecap: 'Шкала времени, {0}: все этапы интервью.',
	mapUnavailable: 'Карта сейчас недоступна. Материал можно прочитать полностью и без неё.',
	tableCaption: 'Этапы из интервью: дата с той точностью, какую даёт текст, место, организации и абзац-источник',
	tableHead: { milestone: 'Этап', when: 'Когда', place: 'Где', organisations: 'Организации', source: 'Источник' },
	none: '—',
	dataFiles: 'Этапы в виде данных:',
	embed: {
		previous: 'Предыдущий этап',
		next: 'Следующий этап',
		counter: '{0} из {1}',
		stepper: 'Этапы',
		announce: '{0}: {1}',
		readStory: 'Читать историю полностью',
		openAtStep: 'Открыть историю на этом этапе',
		mapCredit: 'Данные карты: Natural Earth (через world-atlas)'
	},
	embedPanel: {
		summary: 'Встроить на свой сайт',
		intro: 'Разместите историю, её шкалу времени или карту на своей странице: выберите вариант и скопируйте код.',
		kind: 'Что встроить',
		kinds: { story: 'Вся история по шагам', timeline: 'Шкала времени', map: 'Карта' },
		edition: 'Язык версии',
		step: 'С какого этапа открыть',
		firstStep: 'С первого этапа',
		format: 'Вид кода',
		formats: {
			script: 'высота подстраивается сама',
			pym: 'высота подстраивается сама',
			iframe: 'постоянная высота, без скриптов'
		},
		code: 'Код для вставки',
		copy: 'Скопировать код',
		copied: 'Скопировано',
		copyManually: 'Код выделен: нажмите {0}, чтобы скопировать',
		preview: 'Предпросмотр (в новой вкладке)',
		iframeTitle: {
			story: '{0}',
			timeline: 'Шкала времени: {0}',
			map: 'Карта: {0}'
		},
		readStory: 'Читать историю'
	},
	siteName: 'Катализатор',
	shareOpen: 'Читать историю с этого шага'
};

const en: UiStrings = {
	skipLink: 'Skip to the story',
	languageNav: 'Language',
	published: 'Page published',
	readingTime: '{0} min read',
	sourceLink: 'Source: interview, {0}',
	backToStep: 'Back to the step: {0}',
	readInterview: 'Read the full interview',
	reduceMotion: 'Reduce motion',
	copyLink: 'Copy link',
	quoteMarks: ['“', '”', '‘', '’'],
	linkCopied: 'Link copied',
	timelineTitle: 'The cooperation on a timeline',
	undatedLane: 'No date given',
	precision: { day: 'day', month: 'month', year: 'year', range: 'range', undated: 'no date' },
	precisionKey: 'Dated to:',
	detailWindow: '{0}, shown in detail',
	goToStep: '{0}, {1}: go to this step',
	describeTimeline: 'Timeline, {0}. Highlighted: {1} – {2}.',
	describeRecap: 'Timeline, {0}: every milestone of the interview.',
	mapUnavailable: 'The map is unavailable right now. The story reads in full without it.',
	tableCaption:
		'Milestones of the interview: the date as precise as the text gives it, place, organisations and source paragraph',
	tableHead: { milestone: 'Milestone', when: 'When', place: 'Where', organisations: 'Organisations', source: 'Source' },
	none: '—',
	dataFiles: 'The milestones as data:',
	embed: {
		previous: 'Previous step',
		next: 'Next step',
		counter: '{0} of {1}',
		stepper: 'Steps',
		announce: '{0}: {1}',
		readStory: 'Read the full story',
		openAtStep: 'Open the story at this step',
		mapCredit: 'Map data: Natural Earth (via world-atlas)'
	},
	embedPanel: {
		summary: 'Embed this story',
		intro: 'Put the story, its timeline or its map on your own page: choose, then copy the code.',
		kind: 'Embed',
		kinds: { story: 'The whole story, step by step', timeline: 'The timeline', map: 'The map' },
		edition: 'Edition',
		step: 'Opens at',
		firstStep: 'The first step',
		format: 'Code',
		formats: {
			script: 'sizes itself',
			pym: 'sizes itself',
			iframe: 'fixed height, no scripts'
		},
		code: 'Embed code',
		copy: 'Copy the code',
		copied: 'Copied',
		copyManually: 'The code is selected: press {0} to copy it',
		preview: 'Preview (new tab)',
		iframeTitle: {
			story: '{0}',
			timeline: 'Timeline: {0}',
			map: 'Map: {0}'
		},
		readStory: 'Read the story'
	},
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
