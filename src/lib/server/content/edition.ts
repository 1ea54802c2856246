/**
 * One edition of the story: the validated model flattened into what a page
 * renders, in one language. Plain data, so it travels from the prerender to
 * the browser unchanged.
 *
 *   const edition = editionFor(buildModel(files), 'uz-cyrl');
 */
import { writtenIn, type Lang } from '$lib/i18n/languages';
import { formatPublished, formatWhen, readingMinutes } from '$lib/i18n/format';
import { quoted } from '$lib/i18n/fill';
import { typeset } from '$lib/i18n/typeset';
import { monthsShortFor, scriptFor } from '$lib/server/content/derive';
import type { ContentModel, Edition, MapViewSetting, Step, TimelineViewSetting } from '$lib/content/types';
import type { Copy } from '$lib/content/schema';

export type { Edition } from '$lib/content/types';

/** Every string in a value (its lists and objects too) typeset for the language: where lines must not break. */
function typesetAll<T>(value: T, lang: Lang): T {
	const set = (v: unknown): unknown =>
		typeof v === 'string'
			? typeset(v, lang)
			: Array.isArray(v)
				? v.map(set)
				: v && typeof v === 'object'
					? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, set(x)]))
					: v;
	return set(value) as T;
}

/** Every string of a copy file typeset, but its publication date (a machine-read ISO date). */
function typesetCopy(copy: Copy, lang: Lang): Copy {
	return { ...typesetAll(copy, lang), published: copy.published };
}

/** The words a reader reads in one language: headline to notes, the steps and the interview. */
function readerText(model: ContentModel, lang: Lang): string {
	const { copy, paragraphs } = model.editions[lang];
	return [
		copy.headline,
		copy.standfirst,
		...copy.intro,
		...model.milestones.filter((m) => m.role !== 'part').flatMap((m) => [m.text[lang].title, m.text[lang].text ?? '', m.text[lang].quote ?? '']),
		...paragraphs.map((p) => p.text),
		...copy.notes,
		...copy.notesMore
	].join(' ');
}

/**
 * The story's reading time, one for every edition (one story, one time): from the mean length of
 * its editions, whose letters differ by language and script (Uzbek Latin spells oʻ, sh, ch with
 * two signs where Cyrillic has one).
 */
function storyMinutes(model: ContentModel): number {
	return readingMinutes(...(Object.keys(model.editions) as Lang[]).map((lang) => readerText(model, lang)));
}

export function editionFor(model: ContentModel, lang: Lang): Edition {
	const content = model.editions[lang];
	const { graphics } = content;
	// The interface's words too ("Читать в интервью", "7-bosqich"); the model keeps them plain for the embed codes.
	const ui = typesetAll(content.ui, lang);
	// The typesetting rule of the language (no break in "2024-yil", "5 декабря", "May 2024" or before a dash)
	// applies to every word the edition shows: copy, steps, dates, names, the interview, the graphics' words.
	const ts = (text: string) => typeset(text, lang);
	const copy = typesetCopy(content.copy, lang);
	// Dates are written in the source language and run through the script
	// (Uzbek Cyrillic spells months as its running text does: декабрь).
	const source = writtenIn(lang);
	const script = scriptFor(model, lang);
	const sourceUi = model.editions[source].ui;
	const milestones: Step[] = model.milestones.map((m) => ({
		id: m.id,
		title: ts(m.text[lang].title),
		short: ts(m.text[lang].short),
		text: ts(m.text[lang].text ?? ''),
		...(m.text[lang].point && { point: ts(m.text[lang].point) }),
		quote: m.text[lang].quote && ts(quoted(m.text[lang].quote, ui.quoteMarks)),
		...(m.text[lang].shareQuote && { shareQuote: ts(quoted(m.text[lang].shareQuote, ui.quoteMarks)) }),
		...(m.text[lang].shareTitle &&
			m.text[lang].shareText && { share: { title: m.text[lang].shareTitle, text: m.text[lang].shareText } }),
		when: m.when,
		basis: m.basis,
		// The recap has no date of its own: it gathers the others.
		whenLabel: m.role === 'recap' ? '' : ts(script(formatWhen(m.when, source, sourceUi.precision.undated))),
		paragraphs: m.paragraphs,
		placeNames: m.places.map((p) => ts(content.placeNames[p])),
		organisationNames: m.organisations.map((o) => ts(content.organisationNames[o])),
		view: m.view,
		map: m.map,
		role: m.role,
		stepId: m.stepId,
		parts: model.milestones.filter((p) => p.role === 'part' && p.stepId === m.id).map((p) => p.id)
	}));
	const steps = milestones.filter((m) => m.role !== 'part');
	const timelineViews: TimelineViewSetting[] = model.timelineViews.map((v) => ({ ...v, caption: ts(graphics.timeline[v.id]) }));
	const mapViews: MapViewSetting[] = model.mapViews.map(({ labels, legend, ...v }) => ({
		...v,
		labelSide: labels,
		description: ts(graphics.maps[v.id]),
		...(legend ? { legend: ts(graphics.legends[v.id]) } : {})
	}));
	return {
		lang,
		copy,
		publishedLabel: ts(script(formatPublished(copy.published, source))),
		readingMinutes: storyMinutes(model),
		steps,
		milestones,
		opening: model.opening,
		paragraphs: content.paragraphs.map((p) => ({ ...p, text: ts(p.text) })),
		places: model.places.map((p) => ({ ...p, name: ts(content.placeNames[p.id]) })),
		timelineViews,
		mapViews,
		ui,
		monthsShort: monthsShortFor(model, lang)
	};
}
