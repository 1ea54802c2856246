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
import { monthsShortFor, scriptFor } from './derive';
import type { ContentModel, Edition, MapViewSetting, Step, TimelineViewSetting } from './types';

export type { Edition, EditionPlace, MapViewSetting, Step, TimelineViewSetting } from './types';

export function editionFor(model: ContentModel, lang: Lang): Edition {
	const content = model.editions[lang];
	const { ui, graphics, copy } = content;
	// Dates are written in the source language and run through the script
	// (Uzbek Cyrillic spells months as its running text does: декабрь).
	const source = writtenIn(lang);
	const script = scriptFor(model, lang);
	const sourceUi = model.editions[source].ui;
	const steps: Step[] = model.milestones.map((m) => ({
		id: m.id,
		title: m.text[lang].title,
		short: m.text[lang].short,
		text: m.text[lang].text,
		quote: m.text[lang].quote && quoted(m.text[lang].quote, ui.quoteMarks),
		when: m.when,
		whenLabel: script(formatWhen(m.when, source, sourceUi.precision.undated)),
		paragraphs: m.paragraphs,
		placeNames: m.places.map((p) => content.placeNames[p]),
		organisationNames: m.organisations.map((o) => content.organisationNames[o]),
		view: m.view,
		map: m.map,
		role: m.role
	}));
	const timelineViews: TimelineViewSetting[] = model.timelineViews.map((v) => ({ ...v, caption: graphics.timeline[v.id] }));
	const mapViews: MapViewSetting[] = model.mapViews.map(({ labels, legend, ...v }) => ({
		...v,
		labelSide: labels,
		description: graphics.maps[v.id],
		...(legend ? { legend: graphics.legends[v.id] } : {})
	}));
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
		copy,
		publishedLabel: script(formatPublished(copy.published, source)),
		readingMinutes: readingMinutes(allText),
		steps,
		paragraphs: content.paragraphs,
		places: model.places.map((p) => ({ ...p, name: content.placeNames[p.id] })),
		timelineViews,
		mapViews,
		ui,
		monthsShort: monthsShortFor(model, lang)
	};
}
