// The corrections of the fact and translation audit (issue #10) that a machine
// can check, read from the story's own content through the loader and, where
// the reader sees them in markup, rendered on the server as the prerender does.
// Each test names the audit finding it guards (F = fact, T = translation,
// O = orthography, S = style).
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { buildModel } from '$lib/content/model';
import { editionFor, type Edition } from '$lib/content/edition';
import { graphicPropsFor } from '$lib/story/graphic-state';
import { LANGUAGES, type Lang } from '$lib/i18n/languages';
import Timeline from '$lib/graphics/timeline/Timeline.svelte';
import Hero from '$lib/story/Hero.svelte';
import Endnotes from '$lib/story/Endnotes.svelte';
import { langParts } from '$lib/story/lang-parts';
import { readContentFiles } from './helpers';

const model = buildModel(readContentFiles());
const editions = Object.fromEntries(LANGUAGES.map((l) => [l, editionFor(model, l)])) as Record<Lang, Edition>;
const { uz, ru, en } = editions;
const cyrl = editions['uz-cyrl'];

const step = (e: Edition, id: string) => {
	const s = e.steps.find((x) => x.id === id);
	if (!s) throw new Error(`no step ${id}`);
	return s;
};
const paragraph = (e: Edition, id: string) => e.paragraphs.find((p) => p.id === id)?.text ?? '';
/** Every word of an edition a reader can meet: copy, steps, interview, names, graphics' words, interface. */
function allText(e: Edition): string {
	const strings: string[] = [];
	const walk = (v: unknown) => {
		if (typeof v === 'string') strings.push(v);
		else if (Array.isArray(v)) v.forEach(walk);
		else if (v && typeof v === 'object') Object.values(v).forEach(walk);
	};
	walk([e.copy, e.ui, e.paragraphs, e.places, e.timelineViews, e.mapViews, e.monthsShort]);
	for (const s of e.steps) walk([s.title, s.text, s.quote, s.whenLabel, s.placeNames, s.organisationNames]);
	return strings.join('\n');
}
const text = Object.fromEntries(LANGUAGES.map((l) => [l, allText(editions[l])])) as Record<Lang, string>;
const hero = (e: Edition) => render(Hero, { props: { edition: e, ui: e.ui } }).body;
const endnotes = (e: Edition) =>
	render(Endnotes, { props: { edition: e, part: 'notes' } }).body +
	render(Endnotes, { props: { edition: e, part: 'credits' } }).body;

describe('“oʻtgan yili” is “last year” (T-5, F-2)', () => {
	it('English renders it “Last year” in P2 and P6 and never says “the past year”', () => {
		expect(text.en).not.toMatch(/past year/i);
		expect(paragraph(en, 'P2')).toMatch(/^– Last year,/);
		expect(paragraph(en, 'P6')).toMatch(/^Last year,/);
	});

	it('Russian renders it «в прошлом году» in P2 and P6', () => {
		expect(paragraph(ru, 'P2')).toContain('В прошлом году');
		expect(paragraph(ru, 'P6')).toContain('В прошлом году');
	});

	it('the notes give both readings: the literal one (possibly 2023) and ours (2024)', () => {
		for (const e of [uz, cyrl, ru, en]) {
			const note = e.copy.notes.find((n) => /P2, P6/.test(n)) ?? '';
			expect(note, e.lang).toMatch(/2023/);
			expect(note, e.lang).toMatch(/2024/);
		}
		expect(en.copy.notes.join(' ')).toContain('“last year” ([uz: oʻtgan yili]; P2, P6)');
	});
});

describe('the intro quotes P0 and P2 word for word (S: the edited P2 and intro stay in step)', () => {
	for (const lang of LANGUAGES) {
		it(lang, () => {
			const e = editions[lang];
			const [open, close] = e.ui.quoteMarks;
			const quotes = e.copy.intro[0]
				.split(open)
				.slice(1)
				.map((q) => q.split(close)[0])
				.filter((q) => q.length > 20); // not the agency's name
			expect(quotes).toHaveLength(2);
			// The headline's claim: the quote opens a sentence with a capital where P0 may have a small letter.
			expect(paragraph(e, 'P0').toLowerCase()).toContain(quotes[0].toLowerCase());
			expect(quotes[0].length).toBeGreaterThan(40);
			expect(paragraph(e, 'P2')).toContain(quotes[1]);
			expect(quotes[1].length).toBeGreaterThan(40);
		});
	}
});

describe('inferred years are marked in the steps (F-1, F-8)', () => {
	// Every step dated by “joriy yil”, “oʻtgan yili” or P7's yearless May.
	const inferred = [
		'visit-roadmap',
		'national-strategy',
		'cybersecurity-programme',
		'expert-council',
		'countering-terrorist-travel',
		'december-briefing'
	];
	const marker: Record<'uz' | 'ru' | 'en', RegExp> = {
		uz: /biz uni 2024-yil deb oʻqiymiz/,
		ru: /(мы относим это|которые мы относим) к 2024 году/,
		en: /which we read as 2024/
	};
	for (const lang of ['uz', 'ru', 'en'] as const) {
		it(`${lang}: each step says its year is our reading`, () => {
			for (const id of inferred) expect(step(editions[lang], id).text, id).toMatch(marker[lang]);
		});
	}

	it('the cybersecurity step no longer implies the text gives the year', () => {
		expect(step(en, 'cybersecurity-programme').text).not.toContain('No month or day is given');
		expect(step(ru, 'cybersecurity-programme').text).not.toContain('Ни месяц, ни день не названы');
		expect(step(uz, 'cybersecurity-programme').text).not.toContain('Oy yoki kun koʻrsatilmagan');
	});
});

describe('the programme of P9 is our identification, not a quote (T-3)', () => {
	it('no edition puts “Countering Terrorist Travel” in quotation marks', () => {
		expect(text.en).not.toMatch(/[“"‘]Countering Terrorist Travel/);
		expect(text.ru).not.toMatch(/«Противодействие передвижению террористов»/);
	});

	it('the step says the identification is ours', () => {
		expect(step(en, 'countering-terrorist-travel').text).toContain(
			'we take to be the UN Countering Terrorist Travel Programme'
		);
		expect(step(ru, 'countering-terrorist-travel').text).toContain('Мы считаем, что это Программа ООН');
		expect(step(uz, 'countering-terrorist-travel').text).toContain('deb hisoblaymiz');
	});

	it('the notes give the Uzbek wording, marked as Uzbek for screen readers', () => {
		for (const e of [ru, en]) {
			expect(endnotes(e), e.lang).toContain('<span lang="uz-Latn">Terrorchilik harakatiga qarshi kurashish</span>');
		}
		expect(uz.copy.notes.join(' ')).toContain('“Terrorchilik harakatiga qarshi kurashish” deb atalgan');
	});
});

describe('official names (T-1, T-2, T-4, F-6)', () => {
	it('Russian names UNOCT «Контртеррористическое управление ООН (КТУ ООН)» and never УКТ', () => {
		expect(ru.steps.flatMap((s) => s.organisationNames)).toContain('Контртеррористическое управление ООН (КТУ ООН)');
		expect(ru.copy.intro[0]).toContain('Контртеррористического управления ООН (КТУ ООН)');
		expect(text.ru).not.toMatch(/УКТ|Управлени[а-я]+ (ООН )?по контртерроризму/);
	});

	it('the national strategy steps give its official title', () => {
		expect(step(en, 'national-strategy').text).toContain(
			'National Strategy of the Republic of Uzbekistan on Countering Extremism and Terrorism for 2021–2026'
		);
		expect(step(ru, 'national-strategy').text).toContain(
			'Национальная стратегия Республики Узбекистан по противодействию экстремизму и терроризму на 2021–2026 годы'
		);
		// The interview's own reversed wording stays, in lower case: not presented as a title.
		expect(paragraph(en, 'P6')).toContain('the national strategy on countering terrorism and extremism');
		expect(paragraph(ru, 'P6')).toContain('национальной стратегии по противодействию терроризму и экстремизму');
	});

	it('the council of P7 and P8 has one name in English and Russian', () => {
		const names = { en: 'Central Asia Regional Expert Council', ru: 'Центральноазиатск' } as const;
		for (const e of [en, ru]) {
			const full = step(e, 'expert-council').organisationNames[0];
			expect(step(e, 'expert-council').text, e.lang).toContain(full);
			expect(step(e, 'december-briefing').text, e.lang).toContain(
				e.lang === 'en' ? full : 'экспертного совета по реабилитации'
			);
			expect(paragraph(e, 'P7'), e.lang).toContain(names[e.lang as 'en' | 'ru']);
		}
		expect(text.en).not.toContain('Regional Council on Rehabilitation');
		expect(text.ru).not.toMatch(/регионального совета|Региональный экспертный совет Центральной Азии/);
	});

	it('the briefing’s row names the Government, as P8 does, not the Republic', () => {
		const first = (e: Edition) => step(e, 'december-briefing').organisationNames[0];
		expect(first(uz)).toBe('Oʻzbekiston hukumati');
		expect(first(cyrl)).toBe('Ўзбекистон ҳукумати');
		expect(first(ru)).toBe('Правительство Узбекистана');
		expect(first(en)).toBe('Government of Uzbekistan');
	});
});

describe('claims no larger than the text (F-3, F-4, F-5, F-7)', () => {
	it('the frameworks step does not say the cooperation rests on (or was founded by) the two documents', () => {
		const words = [step(uz, 'frameworks'), step(ru, 'frameworks'), step(en, 'frameworks')].map(
			(s) => `${s.title} ${s.text}`
		);
		expect(words.join(' ')).not.toMatch(/rests on|founding|tayanadi|Tayanch|опирается|Основополагающ/);
	});

	it('the undated lane is not called “ongoing” in any edition, on the page or in the graphic', () => {
		for (const e of Object.values(editions)) {
			const label = graphicPropsFor(e, 'frameworks').timeline.undatedLabel;
			expect(label, e.lang).not.toMatch(/ongoing|davom etmoqda|давом этмоқда|продолжается/i);
			expect(e.ui.undatedLane, e.lang).toBe(label);
		}
		expect(step(en, 'early-warning-network').text).not.toContain('“ongoing” lane');
		expect(step(uz, 'early-warning-network').text).not.toContain('“davom etmoqda” qatorida');
	});

	it('the notes’ first sentence does not claim that everything comes from the text', () => {
		expect(en.copy.notes[0]).not.toContain('Every date, place, name and quote on this page comes from that text');
		expect(ru.copy.notes[0]).not.toContain('Каждая дата, место, название и цитата на этой странице взяты');
		expect(uz.copy.notes[0]).not.toContain('har bir sana, joy, nom va iqtibos shu matndan olingan');
		for (const e of [uz, ru, en]) expect(e.copy.notes[0], e.lang).toMatch(/P9/);
	});

	it('the closing step ends, as P10 does, on confidence', () => {
		expect(step(en, 'closing').text).toMatch(/^Voronkov thanks .* confidence/);
		expect(step(ru, 'closing').text).toMatch(/благодарит .* уверенностью/);
		expect(step(uz, 'closing').text).toMatch(/minnatdorlik bildiradi .* ishonch bilan yakunlaydi/);
	});
});

describe('Uzbek Cyrillic orthography (O-1, O-3, O-4, O-5)', () => {
	const standard = ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];

	it('the axis writes the standard month abbreviations', () => {
		expect(cyrl.monthsShort).toEqual(standard);
		const detail = graphicPropsFor(cyrl, 'memorandum').timeline;
		expect(detail.axis.unit).toBe('month');
		const labels = [...render(Timeline, { props: detail }).body.matchAll(/>([а-яё]{3})</g)].map((m) => m[1]);
		expect(labels.length).toBeGreaterThan(6);
		for (const l of labels) expect(standard).toContain(l);
		expect(labels).not.toEqual(expect.arrayContaining(['ийн']));
	});

	it('the other editions keep their own months (no Cyrillic list leaks into them)', () => {
		expect(uz.monthsShort[5]).toBe('iyn');
		expect(ru.monthsShort[0]).toMatch(/^янв/);
		expect(en.monthsShort[0]).toBe('Jan');
	});

	it('the script note says UNOCT stays in Latin', () => {
		expect(cyrl.copy.scriptNote).toContain('UNOCT каби халқаро қисқартмалар эса лотинча қолдирилган');
	});

	it('quotations are set in « » with „ “ inside, as Uzbek Cyrillic print does (O-2)', () => {
		expect(cyrl.copy.intro[0]).toContain('«Дунё» ахборот агентлигига');
		expect(step(cyrl, 'countering-terrorist-travel').title).toBe('«Террорчилик ҳаракатига қарши курашиш» дастури');
		expect(cyrl.ui.quoteMarks).toEqual(['«', '»', '„', '“']);
		expect(text['uz-cyrl']).not.toMatch(/[”‘’]/);
		expect(uz.copy.intro[0]).toContain('“Dunyo”');
	});

	it('no “P7 dagi” and no ambiguous “mayda”', () => {
		expect(text.uz).not.toMatch(/P\d+ dagi|\bmayda\b/);
	});
});

describe('the published line and the credits (issue #10, S)', () => {
	const pagePublished: Record<Lang, string> = {
		uz: 'Eʼlon qilingan:',
		'uz-cyrl': 'Эълон қилинган:',
		ru: 'Опубликовано',
		en: 'Published'
	};
	for (const lang of LANGUAGES) {
		it(`${lang}: the date shown is this page's, and the interview is from 2024`, () => {
			const e = editions[lang];
			const html = hero(e);
			expect(html).toContain(`${pagePublished[lang]} <time datetime="2026-11-24">`);
			expect(e.copy.agencyCredit).toMatch(/2024/);
			expect(html).toContain(e.copy.agencyCredit);
			expect(e.copy.notes.at(-1)).toMatch(/2024/);
		});

		it(`${lang}: the credits name the map data, Natural Earth through world-atlas`, () => {
			const credit = editions[lang].copy.credits.find((c) => c.includes('Natural Earth'));
			expect(credit).toContain('world-atlas');
			expect(endnotes(editions[lang])).toContain('Natural Earth');
		});
	}
});

describe('words in another language are marked (lang-parts)', () => {
	it('cuts marked words out with their html lang, and leaves unknown codes alone', () => {
		expect(langParts('“last year” ([uz: oʻtgan yili]; P2)')).toEqual([
			{ text: '“last year” (' },
			{ text: 'oʻtgan yili', lang: 'uz-Latn' },
			{ text: '; P2)' }
		]);
		expect(langParts('[xx: kept] as is')).toEqual([{ text: '[xx: kept] as is' }]);
	});

	it('marks appear only where the page renders them (notes and credits), and in no Uzbek edition', () => {
		const mark = /\[[a-z]{2}(?:-[a-z]{4})?: /;
		for (const e of Object.values(editions)) {
			const { notes, credits, ...rest } = e.copy;
			expect(allText({ ...e, copy: { ...rest, notes: [], credits: [] } }), e.lang).not.toMatch(mark);
			if (e.lang.startsWith('uz')) expect([...notes, ...credits].join(' '), e.lang).not.toMatch(mark);
		}
	});
});
