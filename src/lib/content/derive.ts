/**
 * The Uzbek Cyrillic edition, made from the Uzbek Latin one by transliteration:
 * every string of the copy, the interview, the names and the steps' words.
 * Dates and ids pass unchanged.
 */
import { toCyrillic } from '$lib/i18n/transliterate';
import type { EditionContent } from './model';
import type { MilestoneText } from './schema';

const mapValues = (record: Record<string, string>) => Object.fromEntries(Object.entries(record).map(([k, v]) => [k, toCyrillic(v)]));

export function cyrillicMilestoneText(text: MilestoneText): MilestoneText {
	return { id: text.id, title: toCyrillic(text.title), text: toCyrillic(text.text), quote: text.quote && toCyrillic(text.quote) };
}

export function cyrillicEdition(latin: EditionContent): EditionContent {
	const copy = latin.copy;
	const cyr = {} as Record<string, unknown>;
	for (const [key, value] of Object.entries(copy)) {
		if (key === 'published') cyr[key] = value;
		else if (key === 'scriptNote') continue;
		else if (key === 'cyrillicScriptNote') cyr.scriptNote = toCyrillic(String(value));
		else if (key === 'cyrillicEditionNote') cyr.translationNote = toCyrillic(String(value));
		else if (Array.isArray(value)) cyr[key] = value.map(toCyrillic);
		else if (typeof value === 'string') cyr[key] = toCyrillic(value);
	}
	return {
		copy: cyr as EditionContent['copy'],
		paragraphs: latin.paragraphs.map((p) => ({ id: p.id, text: toCyrillic(p.text) })),
		placeNames: mapValues(latin.placeNames),
		organisationNames: mapValues(latin.organisationNames)
	};
}
