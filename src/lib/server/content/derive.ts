/**
 * Step 4 of the content model: the editions made from another one rather than
 * written (LANGUAGES without a folder; today Uzbek Cyrillic from Uzbek Latin).
 * Every string of the source edition — copy, interview, names, the words about
 * the graphics, the interface strings and the steps' words — runs through the
 * script; what each copy field becomes is the data below, not code.
 *
 *   const model = deriveEditions(crossCheck(shapes, out));
 */
import { DERIVED_FROM, LANGUAGES, writtenIn, type ContentLang, type Lang } from '$lib/i18n/languages';
import { monthNames } from '$lib/i18n/format';
import { cyrillicTransliterator, type TransliterationList } from '$lib/i18n/transliterate';
import { transliteratedUi } from '$lib/i18n/ui';
import type { Copy, MilestoneText } from '$lib/content/schema';
import type { ContentModel, EditionContent, SourceModel } from '$lib/content/types';

/** How the copy of a derived edition is made from its source's copy. */
export interface CopyDerivation {
	/** Fields of the derived copy taken from another field of the source (derived ← source), run through the script. */
	renamed: Partial<Record<keyof Copy, keyof Copy>>;
	/** Fields copied as they are (dates, not words). */
	unchanged: (keyof Copy)[];
	/** Every other field: run through the script (a list, item by item). Source fields used by `renamed` are not copied under their own name. */
}

/** The Uzbek Cyrillic edition's copy: its notes are written for it in the Latin copy. */
export const CYRILLIC_COPY: CopyDerivation = {
	renamed: { scriptNote: 'cyrillicScriptNote', translationNote: 'cyrillicEditionNote' },
	unchanged: ['published', 'storyQuoteFrom']
};

/**
 * The Uzbek Cyrillic month abbreviations of the timeline's axis, as Uzbek Cyrillic writes them
 * (CLDR uz-Cyrl). Not transliterated: the Latin ones (yan, iyn, iyl, noy) would give ян, ийн,
 * ийл, ной, which nobody writes.
 */
const CYRILLIC_MONTHS_SHORT = ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];

interface Derivation {
	/** The script, made from the story's word lists. */
	script: (list: TransliterationList) => (text: string) => string;
	/** How its copy is made from its source's. */
	copy: CopyDerivation;
	/** Its own short month names, where the script would get them wrong; else the source's, through the script. */
	monthsShort?: string[];
}

/** Uzbek Cyrillic print sets quotations in « » (inner „ “) where the Latin original has “ ” (inner « », or ‘ ’). */
const CYRILLIC_QUOTES: Record<string, string> = { '“': '«', '”': '»', '«': '„', '»': '“', '‘': '„', '’': '“' };

/** The Uzbek Cyrillic script: the transliteration, then the quotation marks (apostrophes are letters by then). */
function cyrillicScript(list: TransliterationList): (text: string) => string {
	const toCyrillic = cyrillicTransliterator(list);
	return (text) => toCyrillic(text).replace(/[“”«»‘’]/g, (q) => CYRILLIC_QUOTES[q]);
}

/** The script of each derived edition and how its copy is made. */
const DERIVATIONS: Partial<Record<Lang, Derivation>> = {
	'uz-cyrl': { script: cyrillicScript, copy: CYRILLIC_COPY, monthsShort: CYRILLIC_MONTHS_SHORT }
};

type CopyValue = Copy[keyof Copy];

/** The derived copy, field by field, as `how` describes. */
export function deriveCopy(copy: Copy, how: CopyDerivation, script: (text: string) => string): Copy {
	const convert = (value: CopyValue): CopyValue => (Array.isArray(value) ? value.map(script) : value === undefined ? undefined : script(value));
	const sources = new Set<string>(Object.values(how.renamed));
	const out: Record<string, CopyValue> = {};
	for (const [key, value] of Object.entries(copy) as [keyof Copy, CopyValue][]) {
		if (sources.has(key) || key in how.renamed) continue;
		out[key] = how.unchanged.includes(key) ? value : convert(value);
	}
	for (const [key, from] of Object.entries(how.renamed) as [keyof Copy, keyof Copy][]) {
		if (copy[from] !== undefined) out[key] = convert(copy[from]);
	}
	return out as Copy;
}

const mapValues = (record: Record<string, string>, script: (text: string) => string) =>
	Object.fromEntries(Object.entries(record).map(([k, v]) => [k, script(v)]));

function deriveEdition(source: EditionContent, how: CopyDerivation, script: (text: string) => string): EditionContent {
	const { graphics } = source;
	return {
		copy: deriveCopy(source.copy, how, script),
		paragraphs: source.paragraphs.map((p) => ({ id: p.id, text: script(p.text) })),
		placeNames: mapValues(source.placeNames, script),
		organisationNames: mapValues(source.organisationNames, script),
		graphics: {
			timeline: mapValues(graphics.timeline, script),
			maps: mapValues(graphics.maps, script),
			legends: mapValues(graphics.legends, script)
		},
		ui: transliteratedUi(source.ui, script)
	};
}

const deriveText = (text: MilestoneText, script: (text: string) => string): MilestoneText => ({
	id: text.id,
	title: script(text.title),
	short: script(text.short),
	text: text.text && script(text.text),
	point: text.point && script(text.point),
	quote: text.quote && script(text.quote),
	shareQuote: text.shareQuote && script(text.shareQuote),
	shareTitle: text.shareTitle && script(text.shareTitle),
	shareText: text.shareText && script(text.shareText)
});

/** The script of a derived edition (identity for a written one), e.g. to write its dates. */
export function scriptFor(model: Pick<ContentModel, 'transliteration'>, lang: Lang): (text: string) => string {
	const how = DERIVATIONS[lang];
	return how ? how.script(model.transliteration) : (text) => text;
}

/** The short month names of an edition's timeline axis (January first). */
export function monthsShortFor(model: Pick<ContentModel, 'transliteration'>, lang: Lang): string[] {
	return DERIVATIONS[lang]?.monthsShort ?? monthNames(writtenIn(lang), 'short').map(scriptFor(model, lang));
}

/** Adds every derived edition, and its words for each milestone, to the model. */
export function deriveEditions(model: SourceModel): ContentModel {
	const editions = { ...model.editions } as Record<Lang, EditionContent>;
	const milestones = model.milestones.map((m) => ({ ...m, text: { ...m.text } as Record<Lang, MilestoneText> }));
	for (const lang of LANGUAGES) {
		const from: ContentLang | undefined = DERIVED_FROM[lang];
		const how = DERIVATIONS[lang];
		if (!from || !how) continue;
		const script = how.script(model.transliteration);
		editions[lang] = deriveEdition(model.editions[from], how.copy, script);
		for (const m of milestones) m.text[lang] = deriveText(m.text[from], script);
	}
	return { ...model, editions, milestones };
}
