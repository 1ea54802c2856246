// A milestone's share page, one per edition and milestone (/m/<id>/, /ru/m/<id>/…):
// the link a reader shares. It carries the milestone's own link preview and
// sends a person on to the story at that step. Plain HTML, no JavaScript bundle.
import { error } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { loadContent } from '$lib/server/content/load';
import { editionFor } from '$lib/server/content/edition';
import { LANGUAGES, EDITION_PATH, type Lang } from '$lib/i18n/languages';
import { milestoneSeo } from '$lib/server/seo';
import { stepPath } from '$lib/paths';
import { siteRoot } from '$lib/site-root';
import { markedWhen } from '$lib/story/graphic-state';
import { yearIsOurReading } from '$lib/content/dates';

export const csr = false;

export const entries = () =>
	loadContent()
		.milestones.filter((m) => m.role !== 'part') // a part is told in its step: no page of its own
		.flatMap((m) => LANGUAGES.map((lang) => (EDITION_PATH[lang] === '/' ? { id: m.id } : { lang, id: m.id })));

/** A path from the site's root as an absolute path under BASE_PATH (/graphics/voronkov/ru/#memorandum; /ru/#memorandum without one). */
function underBase(path: string, url: URL): string {
	const resolved = new URL(resolve(path), url);
	return resolved.pathname + resolved.hash;
}

export const load = ({ params, url }) => {
	const edition = editionFor(loadContent(), (params.lang ?? 'uz') as Lang);
	const step = edition.steps.find((s) => s.id === params.id);
	if (!step) error(404, `no milestone "${params.id}"`);
	return {
		seo: milestoneSeo(edition, siteRoot(url), step.id),
		target: underBase(stepPath(edition.lang, step.id), url),
		headline: edition.copy.headline,
		title: step.title,
		when: markedWhen(step),
		// A year that is our reading is marked "2024*" and explained under it.
		inferred: yearIsOurReading(step.basis) ? edition.ui.inferredYear : undefined,
		open: edition.ui.shareOpen
	};
};
