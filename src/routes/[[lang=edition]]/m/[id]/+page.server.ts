// A milestone's share page, one per edition and milestone (/m/<id>/, /ru/m/<id>/…):
// the link a reader shares. It carries the milestone's own link preview and
// sends a person on to the story at that step. Plain HTML, no JavaScript bundle.
import { error } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { loadContent } from '$lib/content/load';
import { editionFor } from '$lib/content/edition';
import { LANGUAGES, EDITION_PATH, type Lang } from '$lib/i18n/languages';
import { milestoneSeo, stepPath } from '$lib/story/seo';
import { siteRoot } from '$lib/site-root';

export const csr = false;

export const entries = () =>
	loadContent().milestones.flatMap((m) =>
		LANGUAGES.map((lang) => (EDITION_PATH[lang] === '/' ? { id: m.id } : { lang, id: m.id }))
	);

export const load = ({ params, url }) => {
	const edition = editionFor(loadContent(), (params.lang ?? 'uz') as Lang);
	const step = edition.steps.find((s) => s.id === params.id);
	if (!step) error(404, `no milestone "${params.id}"`);
	return {
		seo: milestoneSeo(edition, siteRoot(url), step.id),
		// Relative to this page (resolve() while prerendering), so it works under any BASE_PATH.
		target: resolve(stepPath(edition.lang, step.id)),
		headline: edition.copy.headline,
		title: step.title,
		when: step.whenLabel,
		open: edition.ui.shareOpen
	};
};
