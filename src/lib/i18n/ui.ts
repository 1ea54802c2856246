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
	/** Before the page's publication date ("Published 24 November 2026"). */
	published: string;
	/** {0}: minutes */
	readingTime: string;
	/**
	 * A step's link to its paragraph of the interview (the link goes to #p4). Plain words, no
	 * paragraph number ("P4" is the desk's shorthand); a {0} in it would be filled with the paragraph.
	 */
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
	/** The same for a milestone whose name already says its date ("A national strategy for 2021–2026"). {0}: the milestone */
	goToNamedStep: string;
	/** {0}: the view's range, {1}: the milestone, {2}: its date and precision */
	describeTimeline: string;
	/** A part told in the step, after the step's own date in describeTimeline: {0} its name, {1} its date. */
	describePart: string;
	/** {0}: the view's range */
	describeRecap: string;
	/** Two dates as a span, in the language's dash ("5 декабря 2023 г. — декабрь 2024 г."). {0}: the first, {1}: the last */
	dateSpan: string;
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
	/** What the story is about, in a few words: a share card's kicker and the end of a milestone's title in link previews. */
	storyLabel: string;
	/** The link on a milestone's share page that opens the story at that step. */
	shareOpen: string;
	/** The footnote after a date whose year is our reading of the interview (the step, the share page, the card). */
	inferredYear: string;
	/** The accessible name of the "*" after such a date (a link to the notes), and its words in descriptions. */
	inferredMark: string;
	/**
	 * Where a milestone's year comes from, for the data files' date_basis column and tooltips.
	 * {0}: the year we read; {1} (last-year only): the year before it, also possible.
	 */
	dateBasis: Record<'stated' | 'this-year' | 'last-year' | 'no-year', string>;
	/** The summary that unfolds the longer notes on sources and methods. */
	notesMore: string;
	/** Under the graphic at the end of the steps: every mark opens its step. */
	exploreHint: string;
	/** On the graphic before the first step: the cue to scroll. */
	scrollCue: string;
	/** The step counter before the first step. {0}: how many steps */
	openingCounter: string;
	/** The label of the "today" rule on the timeline. */
	today: string;
	/** The heading of the small section for newsrooms (the embed panel) at the end of the page. */
	embedSection: string;
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
	/** What each code format does, after its tool's name (so that script and pym can be told apart). */
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
	published: 'Eʼlon qilingan:',
	readingTime: 'Oʻqish vaqti: {0} daqiqa',
	sourceLink: 'Intervyuda oʻqish',
	backToStep: 'Bosqichga qaytish: {0}',
	readInterview: 'Intervyuni toʻliq oʻqish',
	reduceMotion: 'Harakatni kamaytirish',
	copyLink: 'Havolani nusxalash',
	quoteMarks: ['“', '”', '«', '»'],
	linkCopied: 'Havola nusxalandi',
	timelineTitle: 'Hamkorlik vaqt chizigʻida',
	undatedLane: 'Sanasi aytilmagan',
	precision: { day: 'kun', month: 'oy', year: 'yil', range: 'oraliq', undated: 'sanasiz' },
	precisionKey: 'Sana aniqligi:',
	detailWindow: '{0}: batafsil koʻrinishda',
	goToStep: '{0}, {1}: shu bosqichga oʻtish',
	goToNamedStep: '{0}: shu bosqichga oʻtish',
	describeTimeline: 'Vaqt chizigʻi, {0}. Belgilangan: {1} — {2}.',
	describePart: '; {0} — {1}',
	describeRecap: 'Vaqt chizigʻi, {0}: intervyudagi barcha bosqichlar.',
	dateSpan: '{0} — {1}',
	mapUnavailable: 'Xarita hozir mavjud emas. Maqola xaritasiz ham toʻliq oʻqiladi.',
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
		readStory: 'Maqolani toʻliq oʻqish',
		openAtStep: 'Maqolani shu bosqichdan ochish',
		mapCredit: 'Xarita maʼlumotlari: Natural Earth (world-atlas orqali)'
	},
	embedPanel: {
		summary: 'Maqolani saytingizga joylashtiring',
		intro: 'Maqolani, uning vaqt chizigʻini yoki xaritasini oʻz sahifangizga qoʻying: tanlang va kodni nusxalang.',
		kind: 'Nimani joylashtirish',
		kinds: { story: 'Butun maqola, bosqichma-bosqich', timeline: 'Vaqt chizigʻi', map: 'Xarita' },
		edition: 'Til va yozuv',
		step: 'Qaysi bosqichdan ochilsin',
		firstStep: 'Birinchi bosqichdan',
		format: 'Kod turi',
		formats: {
			script: 'balandligi oʻzi moslashadi (boshqa skript kerak emas)',
			pym: 'balandligi oʻzi moslashadi (pym.js allaqachon ulangan sahifalar uchun)',
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
		readStory: 'Maqolani oʻqish'
	},
	storyLabel: 'UNOCT rahbari Oʻzbekistonning 2024-yili haqida',
	shareOpen: 'Maqolani shu bosqichdan boshlab oʻqish',
	inferredYear: '* Yil — intervyu matniga asoslangan bizning talqinimiz (“Manbalar va usul” boʻlimiga qarang).',
	inferredMark: 'yil: bizning talqinimiz',
	dateBasis: {
		stated: 'intervyuda aytilganidek',
		'this-year': 'intervyuda “joriy yil”; intervyu {0}-yil yakunlarini sarhisob qiladi',
		'last-year': 'intervyuda “oʻtgan yili”; {0}-yil deb hisoblaymiz (bizning talqinimiz; {1}-yil ham boʻlishi mumkin)',
		'no-year': 'intervyuda yil aytilmagan; {0}-yil deb hisoblaymiz (bizning talqinimiz)'
	},
	notesMore: 'Manbalar va usul haqida batafsil',
	exploreHint: 'Vaqt chizigʻidagi belgini bossangiz, uning bosqichi ochiladi.',
	scrollCue: 'Pastga aylantiring',
	openingCounter: '{0} bosqich',
	today: 'Bugun',
	embedSection: 'Tahririyatlar uchun'
};

const ru: UiStrings = {
	skipLink: 'Перейти к основному тексту',
	languageNav: 'Язык',
	published: 'Опубликовано',
	readingTime: 'Время чтения: {0} мин',
	sourceLink: 'Читать в интервью',
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
	goToNamedStep: '{0}: перейти к этому этапу',
	describeTimeline: 'Шкала времени, {0}. Выделено: {1} — {2}.',
	describePart: '; {0} — {1}',
	describeRecap: 'Шкала времени, {0}: все этапы интервью.',
	dateSpan: '{0} — {1}',
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
		readStory: 'Читать материал полностью',
		openAtStep: 'Открыть материал на этом этапе',
		mapCredit: 'Данные карты: Natural Earth (через world-atlas)'
	},
	embedPanel: {
		summary: 'Встроить материал на свой сайт',
		intro: 'Разместите материал, его шкалу времени или карту на своей странице: выберите вариант и скопируйте код.',
		kind: 'Что встроить',
		kinds: { story: 'Весь материал по этапам', timeline: 'Шкала времени', map: 'Карта' },
		edition: 'Язык версии',
		step: 'С какого этапа открыть',
		firstStep: 'С первого этапа',
		format: 'Вид кода',
		formats: {
			script: 'высота подстраивается сама (другие скрипты не нужны)',
			pym: 'высота подстраивается сама (для страниц, где pym.js уже подключён)',
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
		readStory: 'Читать материал'
	},
	storyLabel: 'глава КТУ ООН об Узбекистане в 2024 году',
	shareOpen: 'Читать материал с этого этапа',
	inferredYear: '* Год — наше прочтение текста интервью (см. «Источники и метод»).',
	inferredMark: 'год: наше прочтение',
	dateBasis: {
		stated: 'как указано в интервью',
		'this-year': 'в интервью «в этом году»; интервью подводит итоги {0} года',
		'last-year': 'в интервью «в прошлом году»; относим к {0} году (наше прочтение; возможен и {1} год)',
		'no-year': 'в интервью год не назван; относим к {0} году (наше прочтение)'
	},
	notesMore: 'Подробнее об источниках и методе',
	exploreHint: 'Нажмите на отметку на шкале, чтобы открыть её этап.',
	scrollCue: 'Прокрутите, чтобы пройти по году',
	openingCounter: 'Этапов: {0}',
	today: 'Сегодня',
	embedSection: 'Для редакций'
};

const en: UiStrings = {
	skipLink: 'Skip to main content',
	languageNav: 'Language',
	published: 'Published',
	readingTime: '{0} min read',
	sourceLink: 'Read this in the interview',
	backToStep: 'Back to the step: {0}',
	readInterview: 'Read the full interview',
	reduceMotion: 'Reduce motion',
	copyLink: 'Copy link',
	quoteMarks: ['“', '”', '‘', '’'],
	linkCopied: 'Link copied',
	timelineTitle: 'The cooperation on a timeline',
	undatedLane: 'No date given',
	precision: { day: 'day', month: 'month', year: 'year', range: 'range', undated: 'no date' },
	precisionKey: 'Date given to:',
	detailWindow: '{0}, shown in detail',
	goToStep: '{0}, {1}: go to this step',
	goToNamedStep: '{0}: go to this step',
	describeTimeline: 'Timeline, {0}. Highlighted: {1} – {2}.',
	describePart: '; {0} – {1}',
	describeRecap: 'Timeline, {0}: every milestone of the interview.',
	dateSpan: '{0} – {1}',
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
			script: 'sizes itself (no other script needed)',
			pym: 'sizes itself (for pages that already use pym.js)',
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
	storyLabel: 'UN counter-terrorism chief on Uzbekistan in 2024',
	shareOpen: 'Read the story from this step',
	inferredYear: '* The year is our reading of the interview (see Sources and methods).',
	inferredMark: 'year: our reading',
	dateBasis: {
		stated: 'as given in the interview',
		'this-year': '“this year” in the interview, which sums up {0}',
		'last-year': '“last year” in the interview, read as {0} (our reading; {1} is possible)',
		'no-year': 'no year in the interview, read as {0} (our reading)'
	},
	notesMore: 'More on sources and methods',
	exploreHint: 'Tap or click any mark on the timeline to open its step.',
	scrollCue: 'Scroll to follow the year',
	openingCounter: '{0} steps',
	today: 'Today',
	embedSection: 'For newsrooms'
};

/** Every string of a dictionary run through `script` ({0} placeholders pass unchanged). */
export function transliteratedUi<T>(dict: T, script: (text: string) => string): T {
	const walk = (value: unknown): unknown => {
		if (typeof value === 'string') return script(value);
		if (Array.isArray(value)) return value.map(walk);
		if (value && typeof value === 'object')
			return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
		return value;
	};
	return walk(dict) as T;
}

export const UI: Record<ContentLang, UiStrings> = { uz, ru, en };
