/**
 * Step 3 of the content model: ids that name something in another file.
 * Milestones → places, organisations, paragraphs, timeline and map views;
 * map views → places (a region stands for its members); every language →
 * the words for every milestone, place, organisation and view, and quotes
 * found verbatim in their paragraphs. Assembles the model of the written
 * languages; the derived ones are step 4 (derive.ts).
 *
 *   const model = crossCheck(shapes, out);
 */
import { CONTENT_LANGUAGES, SOURCE_LANG, type ContentLang } from '$lib/i18n/languages';
import { UI } from '$lib/i18n/ui';
import { DateFieldError, parseWhen, type When } from '$lib/content/dates';
import { checkStoryOrder } from '$lib/server/content/order';
import { show, type Problems } from '$lib/server/content/problems';
import type { MapViewEntry, MilestoneText } from '$lib/content/schema';
import type { Shapes } from '$lib/server/content/shapes';
import type { EditionContent, MapView, Place, SourceModel } from '$lib/content/types';

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();
const listed = (ids: string[]) => ids.join(', ');
/** The longest quote an image sets whole (characters); a longer one needs a shareQuote. */
export const QUOTE_IMAGE_MAX = 180;
/** Words of a paragraph verbatim, or cut: the pieces between "…" found in it in order. */
export function quotedFrom(paragraph: string, quote: string): boolean {
	const text = normalise(paragraph);
	let from = 0;
	for (const piece of normalise(quote).split(/\s*…\s*/).filter(Boolean)) {
		const at = text.indexOf(piece, from);
		if (at < 0) return false;
		from = at + piece.length;
	}
	return true;
}

/** A map view with every region in places and highlight replaced by its members (in order, once each). */
function expandRegions(view: MapViewEntry, places: Place[]): MapView {
	const expand = (ids: string[]) => [...new Set(ids.flatMap((id) => places.find((p) => p.id === id && p.kind === 'region')?.members ?? [id]))];
	return { ...view, places: expand(view.places), highlight: expand(view.highlight) };
}

function checkMapViews(shapes: Shapes, out: Problems): MapView[] {
	const file = 'content/map.aml';
	const { places } = shapes;
	const place = (id: string) => places.find((p) => p.id === id);
	for (const p of places) {
		for (const m of p.members) {
			if (place(m)?.kind !== 'country') out.add('content/places.aml', `place "${p.id}"`, 'members', `expected a country listed in content/places.aml, got ${show(m)}`);
		}
	}
	const views = shapes.mapViews.map((v) => expandRegions(v, places));
	for (const [i, v] of views.entries()) {
		const where = `view "${v.id}"`;
		const raw = shapes.mapViews[i];
		for (const id of raw.places) if (!place(id)) out.add(file, where, 'places', `expected a place listed in content/places.aml, got ${show(id)}`);
		for (const id of raw.highlight) {
			const kind = place(id)?.kind;
			if (kind !== 'country' && kind !== 'region') out.add(file, where, 'highlight', `expected a country or region listed in content/places.aml, got ${show(id)}`);
		}
		for (const id of raw.arc ?? []) {
			if (place(id)?.kind !== 'city') out.add(file, where, 'arc', `expected a city listed in content/places.aml, got ${show(id)}`);
		}
		for (const id of Object.keys(raw.names)) {
			if (place(id)?.kind !== 'country' || !v.places.includes(id)) out.add(file, where, 'names', `expected a country among this view's places (${listed(v.places)}), got ${show(id)}`);
		}
		for (const id of Object.keys(raw.labels)) {
			if (place(id)?.kind !== 'city' || !v.places.includes(id)) out.add(file, where, 'labels', `expected a city among this view's places (${listed(v.places)}), got ${show(id)}`);
		}
	}
	return views;
}

function checkEditionWords(lang: ContentLang, shapes: Shapes, out: Problems): EditionContent | null {
	const file = (n: string) => `content/${lang}/${n}.aml`;
	const { copy, paragraphs, names, graphics } = shapes.editions[lang];
	const placeNames = names?.places ?? {};
	const organisationNames = names?.organisations ?? {};
	if (names) {
		for (const p of shapes.places) if (!placeNames[p.id]) out.add(file('names'), `place "${p.id}"`, `places.${p.id}`, `expected a name in language "${lang}"`);
		for (const o of shapes.organisations) if (!organisationNames[o]) out.add(file('names'), `organisation "${o}"`, `organisations.${o}`, `expected a name in language "${lang}"`);
		for (const id of Object.keys(placeNames)) if (!shapes.places.some((p) => p.id === id)) out.add(file('names'), `place "${id}"`, `places.${id}`, 'expected a place listed in content/places.aml');
		for (const id of Object.keys(organisationNames)) if (!shapes.organisations.includes(id)) out.add(file('names'), `organisation "${id}"`, `organisations.${id}`, 'expected an organisation listed in content/organisations.aml');
	}
	// The story's quote image (issue #22) quotes the interview verbatim, from the paragraph it names.
	if (copy) {
		const source = paragraphs.find((p) => p.id === copy.storyQuoteFrom);
		if (!source) out.add(file('copy'), 'storyQuoteFrom', 'storyQuoteFrom', `expected a paragraph of the interview (P0–P${paragraphs.length - 1})`);
		else if (!normalise(source.text).includes(normalise(copy.storyQuote)))
			out.add(file('copy'), 'storyQuote', 'storyQuote', `expected words found verbatim in ${source.id} of the interview`);
	}
	if (graphics) {
		const words: [keyof typeof graphics, string[], string][] = [
			['timeline', shapes.timelineViews.map((v) => v.id), 'a timeline view of content/timeline.aml'],
			['maps', shapes.mapViews.map((v) => v.id), 'a map view of content/map.aml'],
			['legends', shapes.mapViews.filter((v) => v.legend).map((v) => v.id), 'a map view with "legend: yes" in content/map.aml']
		];
		for (const [group, ids, what] of words) {
			for (const id of ids) if (!graphics[group][id]) out.add(file('graphics'), `view "${id}"`, `${group}.${id}`, `expected its words in language "${lang}"`);
			for (const id of Object.keys(graphics[group])) if (!ids.includes(id)) out.add(file('graphics'), `view "${id}"`, `${group}.${id}`, `expected ${what} (${listed(ids) || 'none'})`);
		}
	}
	return copy && graphics ? { copy, paragraphs, placeNames, organisationNames, graphics, ui: UI[lang] } : null;
}

export function crossCheck(shapes: Shapes, out: Problems): SourceModel {
	const file = 'content/milestones.aml';
	const mapViews = checkMapViews(shapes, out);
	const editions = {} as Record<ContentLang, EditionContent>;
	for (const lang of CONTENT_LANGUAGES) {
		const edition = checkEditionWords(lang, shapes, out);
		if (edition) editions[lang] = edition;
	}

	const paragraphIds = new Set(shapes.editions[SOURCE_LANG].paragraphs.map((p) => p.id));
	const lastParagraph = `P${Math.max(0, paragraphIds.size - 1)}`;
	const timelineIds = shapes.timelineViews.map((v) => v.id);
	const mapIds = shapes.mapViews.map((v) => v.id);
	const texts = Object.fromEntries(CONTENT_LANGUAGES.map((l) => [l, new Map(shapes.editions[l].texts.map((t) => [t.id, t]))])) as Record<ContentLang, Map<string, MilestoneText>>;
	const milestones: SourceModel['milestones'] = [];
	let step: (typeof shapes.milestones)[number] | undefined; // the step a part is told in: the last event above it
	for (const m of shapes.milestones) {
		const where = `milestone "${m.id}"`;
		const isStep = m.role !== 'part';
		if (isStep) step = m;
		let when: When | null = null;
		try {
			when = parseWhen(m.precision, m.date, m.end);
		} catch (e) {
			if (!(e instanceof DateFieldError)) throw e;
			out.add(file, where, e.field, e.message);
		}
		if (m.basis && when && when.precision !== 'month' && when.precision !== 'year') {
			out.add(file, where, 'basis', `expected a basis only for a month or a year the text gives without its year, not for precision "${when.precision}"`);
		}
		for (const p of m.places) if (!shapes.places.some((x) => x.id === p)) out.add(file, where, 'places', `expected a place listed in content/places.aml, got ${show(p)}`);
		for (const o of m.organisations) if (!shapes.organisations.includes(o)) out.add(file, where, 'organisations', `expected an organisation listed in content/organisations.aml, got ${show(o)}`);
		for (const p of m.paragraphs) if (!paragraphIds.has(p)) out.add(file, where, 'paragraphs', `expected a paragraph of the interview, P0–${lastParagraph}, got ${show(p)}`);
		if (isStep) {
			if (!m.view || !timelineIds.includes(m.view)) out.add(file, where, 'view', `expected a timeline view of content/timeline.aml: ${listed(timelineIds)}, got ${show(m.view ?? '')}`);
			if (!m.map || !mapIds.includes(m.map)) out.add(file, where, 'map', `expected a map view of content/map.aml: ${listed(mapIds)}, got ${show(m.map ?? '')}`);
		} else {
			if (!step || step.role !== 'event') out.add(file, where, 'role', 'expected a part right under the step (role: event) it is told in');
			if (m.view || m.map) out.add(file, where, m.view ? 'view' : 'map', "expected no view or map for a part: it is shown in its step's");
		}

		const text = {} as Record<ContentLang, MilestoneText>;
		for (const lang of CONTENT_LANGUAGES) {
			const t = texts[lang].get(m.id);
			const textFile = `content/${lang}/milestones.aml`;
			if (!t) {
				out.add(textFile, where, null, `expected the milestone's words in language "${lang}" (title, short${isStep ? ', text' : ''})`);
				continue;
			}
			text[lang] = t;
			if (isStep && !t.text) out.add(textFile, where, 'text', "expected the step's words");
			if (isStep && (!t.shareTitle || !t.shareText))
				out.add(textFile, where, t.shareTitle ? 'shareText' : 'shareTitle', "expected the step's link preview: shareTitle and shareText");
			const sources = shapes.editions[lang].paragraphs.filter((p) => m.paragraphs.includes(p.id));
			if (t.quote && sources.length && !sources.some((p) => normalise(p.text).includes(normalise(t.quote!)))) {
				out.add(textFile, where, 'quote', `expected words found verbatim in ${m.paragraphs.join(', ')} of the interview`);
			}
			if (t.shareQuote && !t.quote) out.add(textFile, where, 'shareQuote', 'expected a quote to cut it from');
			if (t.shareQuote && sources.length && !sources.some((p) => quotedFrom(p.text, t.shareQuote!)))
				out.add(textFile, where, 'shareQuote', `expected words found verbatim in ${m.paragraphs.join(', ')} of the interview, "…" where words are left out`);
			const imageQuote = t.shareQuote ?? t.quote;
			if (isStep && imageQuote && imageQuote.length > QUOTE_IMAGE_MAX)
				out.add(textFile, where, t.shareQuote ? 'shareQuote' : 'quote', `expected at most ${QUOTE_IMAGE_MAX} characters on the quote's image (${imageQuote.length}): cut it in a shareQuote, "…" where words are left out`);
		}
		const owner = isStep ? m : step;
		if (when && owner?.view && owner.map) {
			milestones.push({
				id: m.id,
				when,
				basis: m.basis ?? 'stated',
				places: m.places,
				organisations: m.organisations,
				paragraphs: m.paragraphs,
				view: owner.view,
				map: owner.map,
				role: m.role,
				stepId: owner.id,
				text
			});
		}
	}
	const opening = shapes.opening ?? { openingView: timelineIds[0] ?? '', openingMap: mapIds[0] ?? '' };
	if (shapes.opening) {
		if (!timelineIds.includes(opening.openingView)) out.add(file, 'the opening', 'openingView', `expected a timeline view of content/timeline.aml: ${listed(timelineIds)}, got ${show(opening.openingView)}`);
		if (!mapIds.includes(opening.openingMap)) out.add(file, 'the opening', 'openingMap', `expected a map view of content/map.aml: ${listed(mapIds)}, got ${show(opening.openingMap)}`);
	}
	checkStoryOrder(milestones, out, shapes.opening?.openingView);
	for (const lang of CONTENT_LANGUAGES) {
		for (const id of texts[lang].keys()) {
			if (!shapes.milestoneIds.includes(id)) out.add(`content/${lang}/milestones.aml`, `milestone "${id}"`, 'id', 'expected a milestone listed in content/milestones.aml');
		}
	}
	return { opening: { view: opening.openingView, map: opening.openingMap }, milestones, places: shapes.places, timelineViews: shapes.timelineViews, mapViews, transliteration: shapes.transliteration, editions };
}
