// The corrections of the fact and translation audits (issue #10: AUDIT.md, and
// AUDIT-2.md's F-A…F-F, T-A…) that a machine can check, read from the story's
// own content through the loader and, where the reader sees them in markup,
// rendered on the server as the prerender does. Each test names the audit
// finding it guards (F = fact, T = translation, O = orthography, S = style).
// The editions' words are typeset (no-break spaces and hyphens where a line
// must not break): `untypeset` reads them as the content files write them.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { buildModel } from '$lib/server/content/model';
import { editionFor, type Edition } from '$lib/server/content/edition';
import { graphicPropsFor, markedWhen, timelineItemsFor } from '$lib/story/graphic-state';
import { untypeset } from '$lib/i18n/typeset';
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
/** A milestone: a step, or a part told in one (title, short and quote; no text of its own). */
const milestone = (e: Edition, id: string) => {
	const m = e.milestones.find((x) => x.id === id);
	if (!m) throw new Error(`no milestone ${id}`);
	return m;
};
/** A paragraph of the interview, as content/<lang>/interview.aml writes it. */
const paragraph = (e: Edition, id: string) => untypeset(e.paragraphs.find((p) => p.id === id)?.text ?? '');
/** A step's words, as content/<lang>/milestones.aml writes them. */
const words = (e: Edition, id: string) => untypeset(step(e, id).text);
/** Every word of an edition a reader can meet: copy, steps, interview, names, graphics' words, interface. */
function allText(e: Edition): string {
	const strings: string[] = [];
	const walk = (v: unknown) => {
		if (typeof v === 'string') strings.push(v);
		else if (Array.isArray(v)) v.forEach(walk);
		else if (v && typeof v === 'object') Object.values(v).forEach(walk);
	};
	walk([e.copy, e.ui, e.paragraphs, e.places, e.timelineViews, e.mapViews, e.monthsShort]);
	for (const s of e.milestones)
		walk([s.title, s.short, s.text, s.point, s.quote, s.whenLabel, s.placeNames, s.organisationNames]);
	return untypeset(strings.join('\n'));
}
const text = Object.fromEntries(LANGUAGES.map((l) => [l, allText(editions[l])])) as Record<Lang, string>;
/** The story's own words: everything but the translated interview. */
const storyText = Object.fromEntries(LANGUAGES.map((l) => [l, allText({ ...editions[l], paragraphs: [] })])) as Record<
	Lang,
	string
>;
const hero = (e: Edition) => render(Hero, { props: { edition: e, ui: e.ui } }).body;
const endnotes = (e: Edition) =>
	render(Endnotes, { props: { edition: e, part: 'notes' } }).body +
	render(Endnotes, { props: { edition: e, part: 'credits' } }).body;

describe('“oʻtgan yili” is “last year” (T-5, F-2)', () => {
	it('English renders it “Last year” in P2 and P6 and never says “the past year”', () => {
		expect(text.en).not.toMatch(/past year/i);
		// P2 opens without the Uzbek and Russian dialogue dash (AUDIT-2 S-17).
		expect(paragraph(en, 'P2')).toMatch(/^Last year,/);
		expect(paragraph(en, 'P6')).toMatch(/^Last year,/);
	});

	it('Russian renders it «в прошлом году» in P2 and P6', () => {
		expect(paragraph(ru, 'P2')).toMatch(/^— В прошлом году/);
		expect(paragraph(ru, 'P6')).toMatch(/в прошлом году/);
		expect(text.ru).not.toMatch(/в минувшем году|за прошедший год/i);
	});

	it('the notes give both readings: the literal one (possibly 2023) and ours (2024)', () => {
		for (const e of [uz, cyrl, ru, en]) {
			// In the short notes every reader sees…
			const short = e.copy.notes.map(untypeset).find((n) => /oʻtgan yili|ўтган йили/i.test(n)) ?? '';
			expect(short, e.lang).toMatch(/2023/);
			expect(short, e.lang).toMatch(/2024/);
			// …and in the long ones, with the paragraphs that say it.
			const long = e.copy.notesMore.map(untypeset).find((n) => /P2, P6/.test(n)) ?? '';
			expect(long, e.lang).toMatch(/2023/);
			expect(long, e.lang).toMatch(/2024/);
		}
		expect(untypeset(en.copy.notesMore.join(' '))).toContain('“last year” ([uz: oʻtgan yili]; P2, P6)');
	});
});

describe('the intro quotes Voronkov’s own words, P10, word for word (AUDIT-2 F-E, F-F)', () => {
	for (const lang of LANGUAGES) {
		it(lang, () => {
			const e = editions[lang];
			const [open, close] = e.ui.quoteMarks;
			const intro = untypeset(e.copy.intro.join(' '));
			const quotes = intro
				.split(open)
				.slice(1)
				.map((q) => q.split(close)[0])
				.filter((q) => q.length > 20); // not the agency's name
			expect(quotes).toHaveLength(1);
			// His words in P10, verbatim, not the agency's headline P0 (F-E)…
			expect(quotes[0].length).toBeGreaterThan(40);
			expect(paragraph(e, 'P10')).toContain(quotes[0]);
			expect(paragraph(e, 'P0')).not.toContain(quotes[0]);
			// …and no P2 quote cut loose from its “last year” after “summing up 2024” (F-F).
			expect(paragraph(e, 'P2')).not.toContain(quotes[0]);
			expect(intro).toMatch(/Voronkov|Воронков/);
		});
	}

	it('says, in Russian and English, that the quote is our translation from the Uzbek (S-22)', () => {
		expect(untypeset(ru.copy.intro[0])).toContain('(в нашем переводе с узбекского)');
		expect(en.copy.intro[0]).toContain('(our translation from the Uzbek)');
	});
});

describe('inferred years are marked (F-1, F-8; AUDIT-2 F-B)', () => {
	// Every milestone dated by “joriy yil”, “oʻtgan yili” or P7's yearless May, and what the text says.
	const inferred = {
		'visit-roadmap': 'this-year',
		'expert-council': 'no-year',
		'training-programme': 'this-year',
		'cybersecurity-programme': 'last-year',
		'december-briefing': 'this-year'
	} as const;
	const source = (id: string) =>
		model.milestones
			.find((m) => m.id === id)!
			.paragraphs.map((p) => paragraph(uz, p))
			.join(' ');

	it('each inferred year has its basis, and only those: the day and the range are the text’s own', () => {
		const basis = Object.fromEntries(
			model.milestones.filter((m) => m.when.precision !== 'undated').map((m) => [m.id, m.basis])
		);
		expect(basis).toEqual({ ...inferred, memorandum: 'stated', 'national-strategy': 'stated' });
		// The basis is what the Uzbek paragraph says: “joriy yil”, “Oʻtgan yili”, or a month with no year.
		for (const [id, b] of Object.entries(inferred)) {
			if (b === 'this-year') expect(source(id), id).toMatch(/joriy yil/i);
			if (b === 'last-year') expect(source(id), id).toMatch(/oʻtgan yili/i);
			if (b === 'no-year') expect(source(id), id).not.toMatch(/20\d\d|joriy yil|oʻtgan yil/i);
		}
		expect(source('memorandum')).toContain('2023-yilning 5-dekabr');
		expect(source('national-strategy')).toContain('2021–2026');
	});

	for (const lang of LANGUAGES) {
		it(`${lang}: a year that is our reading (“last year”, a month without a year) is written “2024*” on the graphic, and no other`, () => {
			// “This year”, in an interview that sums up 2024 (P1), is 2024 without a mark (editor, 2026-12-07).
			const e = editions[lang];
			const items = timelineItemsFor(e.milestones);
			for (const m of e.milestones) {
				const item = items.find((i) => i.id === m.id);
				if (!item || item.lane !== 'dated') continue;
				expect(m.basis !== 'stated', m.id).toBe(m.id in inferred);
				const isInferred = m.id in inferred && inferred[m.id as keyof typeof inferred] !== 'this-year';
				expect(Boolean(item.inferred), m.id).toBe(isInferred);
				expect(item.dateLabel, m.id).toBe(isInferred ? `${m.whenLabel}*` : m.whenLabel);
				if (isInferred) expect(untypeset(item.dateLabel), m.id).toMatch(/2024.*\*$/);
				else expect(item.dateLabel, m.id).not.toMatch(/\*/);
				if (m.role !== 'part') expect(graphicPropsFor(e, m.id).dateLabel, m.id).toBe(markedWhen(m));
			}
			// And the short notes every reader sees say what the * means.
			expect(e.copy.notes.join(' '), lang).toMatch(/ \* | \*[.;]|знаком \*/);
		});
	}

	it('the cybersecurity year rests on “last year” and no text implies the interview gives it', () => {
		expect(text.en).not.toContain('No month or day is given');
		expect(text.ru).not.toContain('Ни месяц, ни день не названы');
		expect(text.uz).not.toContain('Oy yoki kun koʻrsatilmagan');
		expect(untypeset(en.copy.notesMore.join(' '))).toMatch(
			/the year of the cybersecurity [^.]*\(P6\) rests on that reading/
		);
		expect(untypeset(ru.copy.notesMore.join(' '))).toMatch(
			/на этом прочтении держится год [^.]*кибербезопасности \(P6\)/
		);
		expect(untypeset(uz.copy.notesMore.join(' '))).toMatch(/kiberxavfsizlik [^.]*yili \(P6\) shu talqinga tayanadi/);
	});
});

describe('the programme of P9 is our identification, not a quote (T-3)', () => {
	it('no edition puts “Countering Terrorist Travel” in quotation marks', () => {
		expect(text.en).not.toMatch(/[“"‘]Countering Terrorist Travel/);
		expect(text.ru).not.toMatch(/«Противодействие передвижению террористов»/);
	});

	const identification = { en: /Countering Terrorist Travel/, ru: /передвижению террористов/ } as const;

	it('the step neither makes the identification nor names a UN programme (AUDIT-2 F-A)', () => {
		for (const e of [en, ru]) {
			const ct = step(e, 'training-programme');
			const lang = e.lang as 'en' | 'ru';
			expect(untypeset(`${ct.title} ${ct.short} ${ct.text} ${ct.point}`), lang).not.toMatch(identification[lang]);
			// P9 has no “BMT”: the title and the timeline's name do not add one.
			expect(`${ct.title} ${ct.short}`, lang).not.toMatch(/\bUN\b|ООН/);
		}
		expect(untypeset(step(en, 'training-programme').text)).toMatch(
			/the interview calls “Countering Terrorist Activity”/
		);
	});

	it('the notes give the identification as ours', () => {
		expect(untypeset(en.copy.notes.join(' '))).toMatch(/we take to be [^.]*Countering Terrorist Travel Programme/);
		expect(untypeset(ru.copy.notes.join(' '))).toMatch(/мы считаем [^.]*по противодействию передвижению террористов/);
		expect(untypeset(uz.copy.notes.join(' '))).toMatch(
			/terrorchilar harakatlanishiga qarshi kurashish dasturi deb hisoblaymiz/
		);
	});

	it('the translated interview brackets the identification in P9, marked as ours (AUDIT-2 T-A)', () => {
		const marked = { en: /^which we take to be /, ru: /^по нашему мнению, / } as const;
		for (const e of [en, ru]) {
			const lang = e.lang as 'en' | 'ru';
			const p9 = paragraph(e, 'P9');
			const brackets = [...p9.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]);
			expect(brackets, lang).toHaveLength(1);
			expect(brackets[0], lang).toMatch(marked[lang]);
			expect(brackets[0], lang).toMatch(identification[lang]);
			// Outside the brackets, Voronkov's words: the programme's literal name, no UN.
			const said = p9.replace(/\[[^\]]*\]/g, '');
			expect(said, lang).not.toMatch(identification[lang]);
			expect(said, lang).not.toMatch(/\bUN\b|ООН/);
		}
		expect(paragraph(uz, 'P9')).toContain('“Terrorchilik harakatiga qarshi kurashish” dasturi');
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
		expect(ru.steps.flatMap((s) => s.organisationNames.map(untypeset))).toContain(
			'Контртеррористическое управление ООН (КТУ ООН)'
		);
		expect(untypeset(ru.copy.standfirst)).toContain('Контртеррористического управления ООН (КТУ ООН)');
		expect(text.ru).not.toMatch(/УКТ|Управлени[а-я]+ (ООН )?по контртерроризму/);
	});

	it('the national strategy step names it as the interview does; its official title is in the notes only', () => {
		// The step keeps to the interview's words and period (a name from outside the text is no fact
		// of the story's); the notes give the official title, extremism first, as ours.
		expect(words(en, 'national-strategy')).toContain('national strategy on countering terrorism and extremism');
		expect(words(ru, 'national-strategy')).toContain(
			'национальной стратегии Узбекистана по противодействию терроризму и экстремизму'
		);
		for (const e of [en, ru]) {
			expect(words(e, 'national-strategy'), e.lang).toContain('2021–2026');
			expect(words(e, 'national-strategy'), e.lang).not.toMatch(/Republic of Uzbekistan|Республики Узбекистан/);
		}
		expect(untypeset(ru.copy.notesMore.join(' '))).toContain(
			'Национальная стратегия Республики Узбекистан по противодействию экстремизму и терроризму'
		);
		// The interview's own reversed wording stays, in lower case: not presented as a title.
		expect(paragraph(en, 'P6')).toContain('the national strategy on countering terrorism and extremism');
		expect(paragraph(ru, 'P6')).toContain('национальной стратегии по противодействию терроризму и экстремизму');
	});

	it('the council of P7 and P8 has one name in English and Russian', () => {
		const names = { en: 'Central Asia Regional Expert Council', ru: 'Центральноазиатск' } as const;
		expect(step(en, 'expert-council').organisationNames[0]).toBe(
			'Central Asia Regional Expert Council on Rehabilitation and Reintegration'
		);
		expect(untypeset(step(ru, 'expert-council').organisationNames[0])).toBe(
			'Центральноазиатский региональный экспертный совет по реабилитации и реинтеграции'
		);
		// The same name in both steps (Russian declines it: the council's, “совета”).
		const named = {
			en: 'Central Asia Regional Expert Council on Rehabilitation and Reintegration',
			ru: 'Центральноазиатского регионального экспертного совета по реабилитации и реинтеграции'
		} as const;
		for (const e of [en, ru]) {
			const lang = e.lang as 'en' | 'ru';
			expect(words(e, 'expert-council'), lang).toContain(named[lang]);
			expect(words(e, 'december-briefing'), lang).toContain(named[lang]);
			expect(paragraph(e, 'P7'), lang).toContain(names[lang]);
		}
		// The story's own words never use a second name (“…Regional Council on Rehabilitation…”, without “Expert”;
		// “Региональный экспертный совет Центральной Азии”); the expert council's title may call it, in lower case,
		// “a regional council”.
		expect(storyText.en).not.toContain('Regional Council on Rehabilitation');
		expect(storyText.ru).not.toMatch(/регионального совета по|Региональный экспертный совет Центральной Азии/);
		// The translated interview follows the Uzbek, which names it a little differently in P8 (translated
		// literally): the notes then say that P7 and P8 name one body, by the one name the steps use.
		for (const e of [en, ru]) {
			const lang = e.lang as 'en' | 'ru';
			if (paragraph(e, 'P8').includes(named[lang])) continue;
			const note = untypeset(e.copy.notesMore.map(untypeset).find((n) => /P7 (and|и) P8/.test(n)) ?? '');
			expect(note, lang).toMatch(/one body|один орган/);
			expect(note, lang).toContain(untypeset(step(e, 'expert-council').organisationNames[0]));
		}
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
	it('the frameworks (a part, told in the memorandum’s step) are not said to found the cooperation', () => {
		const told = [uz, ru, en].flatMap((e) => {
			const part = milestone(e, 'frameworks');
			expect(part.stepId, e.lang).toBe('memorandum');
			return [part.title, part.short, part.quote ?? '', step(e, part.stepId).text];
		});
		expect(told.join(' ')).not.toMatch(/rests on|founding|tayanadi|Tayanch|опирается|Основополагающ/);
		expect(milestone(en, 'frameworks').title).toMatch(/^Framework documents/);
		expect(milestone(ru, 'frameworks').title).toMatch(/^Рамочные документы/);
		expect(milestone(uz, 'frameworks').title).toMatch(/^Ramkaviy hujjatlar/);
	});

	it('the undated lane is not called “ongoing” in any edition, on the page or in the graphic', () => {
		for (const e of Object.values(editions)) {
			// The memorandum's step highlights the frameworks in the lane; the opening shows the lane too.
			for (const id of ['memorandum', undefined]) {
				const label = graphicPropsFor(e, id).timeline.undatedLabel;
				expect(label, e.lang).not.toMatch(/ongoing|davom etmoqda|давом этмоқда|продолжается/i);
				expect(e.ui.undatedLane, e.lang).toBe(label);
			}
		}
		expect(text.en).not.toContain('“ongoing” lane');
		expect(text.uz).not.toContain('“davom etmoqda” qatorida');
	});

	it('the notes’ first note does not claim that everything comes from the text without saying where we read more', () => {
		// Where it says the page's dates, places, names and quotes come from the text, the same sentence
		// says that our readings are set out in the notes (AUDIT.md's fix for F-5)…
		const qualified = {
			uz: /shu matndan olingan; [^.]*talqinlarimiz [^.]*izohlarda alohida aytilgan\./,
			ru: /взяты из этого текста, [^.]*; там, где мы читаем в тексте больше, чем в нём сказано, это оговорено в примечаниях\./,
			en: /comes from that text, [^.]*; where we read more into the text than it says, these notes say so\./
		} as const;
		for (const e of [uz, ru, en])
			expect(untypeset(e.copy.notes[0]), e.lang).toMatch(qualified[e.lang as 'uz' | 'ru' | 'en']);
		// …and the short notes every reader sees do set them out: the years, the five states, the programme of P9.
		for (const e of [uz, cyrl, ru, en]) {
			const shown = untypeset(e.copy.notes.join(' '));
			expect(shown, e.lang).toMatch(/2024/);
			expect(shown, e.lang).toMatch(/Qozogʻiston|Қозоғистон|Казахстан|Kazakhstan/);
			expect(shown, e.lang).toMatch(/Terrorchilik harakatiga qarshi kurashish|Террорчилик ҳаракатига қарши курашиш/);
		}
		// The official abbreviations and the cybersecurity cooperation's place, not in the text, are in the long notes (F-D).
		expect(untypeset(en.copy.notesMore.join(' '))).toMatch(/abbreviations [^.]*\(UNOCT, UNRCCA\)[^.]*not the text’s/);
		expect(untypeset(en.copy.notesMore.join(' '))).toMatch(
			/no place for the cooperation under the cybersecurity programme \(P6\)/
		);
		expect(milestone(en, 'cybersecurity-programme').placeNames).toEqual([]);
	});

	it('the closing step ends, as P10 does, on confidence', () => {
		// The thanks come before the end, and the last sentence ends on his confidence…
		const ending = {
			en: { thanks: /\bthank/, confidence: /confiden[^.]*\.$/ },
			ru: { thanks: /поблагодарил/, confidence: /уверенност[^.]*\.$/ },
			uz: { thanks: /minnatdorlik bildir/, confidence: /ishonch[^.]*\.$/ }
		} as const;
		for (const e of [en, ru, uz]) {
			const { thanks, confidence } = ending[e.lang as 'en' | 'ru' | 'uz'];
			const text = words(e, 'closing');
			expect(text, e.lang).toMatch(thanks);
			expect(text, e.lang).toMatch(confidence);
			expect(text.search(thanks), e.lang).toBeLessThan(text.search(confidence));
		}
		// …as P10 does: the step's quote is from its last sentence, the confidence.
		for (const e of [uz, ru, en]) {
			const quote = model.milestones.find((m) => m.id === 'closing')!.text[e.lang].quote!;
			const last = paragraph(e, 'P10')
				.split(/(?<=\.) /)
				.at(-1)!;
			expect(last, e.lang).toContain(quote);
		}
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
		expect(cyrl.copy.standfirst).toContain('«Дунё» ахборот агентлигига');
		expect(untypeset(step(cyrl, 'visit-roadmap').title)).toBe('Тошкентга ташриф ва «йўл харитаси»');
		// A quote with a quotation inside it.
		expect(untypeset(step(cyrl, 'visit-roadmap').quote!)).toMatch(/^«„йўл харитаси“ доирасида .*»$/);
		expect(cyrl.ui.quoteMarks).toEqual(['«', '»', '„', '“']);
		expect(text['uz-cyrl']).not.toMatch(/[”‘’]/);
		expect(uz.copy.standfirst).toContain('“Dunyo”');
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
	// The interview's date is our reading too (AUDIT-2 F-C): the text has none.
	const ourReading: Record<Lang, string> = {
		uz: '(bizning talqinimiz)',
		'uz-cyrl': '(бизнинг талқинимиз)',
		ru: '(наше прочтение)',
		en: '(our reading)'
	};
	for (const lang of LANGUAGES) {
		it(`${lang}: the date shown is this page's, and the interview's end of 2024 is our reading`, () => {
			const e = editions[lang];
			const html = hero(e);
			expect(e.copy.published).toBe('2026-12-07');
			expect(html).toContain(`${pagePublished[lang]} <time datetime="${e.copy.published}">`);
			expect(e.copy.agencyCredit).toMatch(/2024/);
			expect(e.copy.agencyCredit.endsWith(ourReading[lang])).toBe(true);
			expect(html).toContain(e.copy.agencyCredit);
			expect(e.copy.credits.some((c) => c.includes(ourReading[lang]) && /2024/.test(c))).toBe(true);
			// The long notes end on why we take it to be the end of 2024, and what else would fit (2025).
			expect(e.copy.notesMore.at(-1)).toMatch(/2024/);
			expect(e.copy.notesMore.at(-1)).toMatch(/2025/);
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
			const { notes, notesMore, credits, ...rest } = e.copy;
			expect(allText({ ...e, copy: { ...rest, notes: [], notesMore: [], credits: [] } }), e.lang).not.toMatch(mark);
			if (e.lang.startsWith('uz')) expect([...notes, ...notesMore, ...credits].join(' '), e.lang).not.toMatch(mark);
		}
		// The marks are there to be rendered: the Russian and English notes have them.
		expect(ru.copy.notes.join(' ')).toMatch(mark);
		expect(en.copy.notesMore.join(' ')).toMatch(mark);
	});
});
