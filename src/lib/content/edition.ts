/**
 * One edition of the story: the validated model flattened into what a page
 * renders, in one language. Plain data, so it travels from the prerender to
 * the browser unchanged.
 */
import type { When } from './dates';
import type { ContentModel } from './model';
import type { Copy, MapViewId, Paragraph } from './schema';
import { HTML_LANG, type Lang } from '$lib/i18n/languages';
import { formatPublished, formatWhen, monthNames, readingMinutes } from '$lib/i18n/format';
import { quoted } from '$lib/i18n/fill';
import { UI, type UiStrings } from '$lib/i18n/ui';

export interface Step {
	id: string;
	title: string;
	text: string;
	/** Words quoted from the interview, with the language's quotation marks. */
	quote?: string;
	when: When;
	/** The date as precisely as the interview gives it, in words. */
	whenLabel: string;
	paragraphs: string[];
	placeNames: string[];
	organisationNames: string[];
	view: 'overview' | 'detail';
	/** The map's view for this step. */
	map: MapViewId;
	role: 'event' | 'recap';
}

/** A place with its name in the edition's language. */
export interface EditionPlace {
	id: string;
	kind: 'city' | 'country' | 'region';
	name: string;
	lon?: number;
	lat?: number;
	/** ISO 3166-1 numeric code of a country, as in Natural Earth's data. */
	iso?: string;
	/** Countries a region is read as (ids). */
	members: string[];
}

export interface Edition {
	lang: Lang;
	htmlLang: string;
	copy: Copy;
	publishedLabel: string;
	readingMinutes: number;
	steps: Step[];
	paragraphs: Paragraph[];
	places: EditionPlace[];
	/** Interface strings of this edition (plain strings; see i18n/fill.ts). */
	ui: UiStrings;
	/** Short month names for the timeline's axis. */
	monthsShort: string[];
}

export function editionFor(model: ContentModel, lang: Lang): Edition {
	const content = model.editions[lang];
	const ui = UI[lang];
	const steps: Step[] = model.milestones.map((m) => ({
		id: m.id,
		title: m.text[lang].title,
		text: m.text[lang].text,
		quote: m.text[lang].quote && quoted(m.text[lang].quote, ui.quoteMarks),
		when: m.when,
		whenLabel: formatWhen(m.when, lang, ui.precision.undated),
		paragraphs: m.paragraphs,
		placeNames: m.places.map((p) => content.placeNames[p]),
		organisationNames: m.organisations.map((o) => content.organisationNames[o]),
		view: m.view,
		map: m.map,
		role: m.role
	}));
	const { copy } = content;
	const allText = [
		copy.headline,
		copy.standfirst,
		...copy.intro,
		...steps.flatMap((s) => [s.title, s.text, s.quote ?? '']),
		...content.paragraphs.map((p) => p.text),
		...copy.notes
	].join(' ');
	return {
		lang,
		htmlLang: HTML_LANG[lang],
		copy,
		publishedLabel: formatPublished(copy.published, lang),
		readingMinutes: readingMinutes(allText),
		steps,
		paragraphs: content.paragraphs,
		places: model.places.map((p) => ({ ...p, name: content.placeNames[p.id] })),
		ui,
		monthsShort: monthNames(lang, 'short')
	};
}
