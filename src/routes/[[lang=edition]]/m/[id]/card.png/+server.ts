// A milestone's link-preview card (/m/<id>/card.png, /ru/m/<id>/card.png…): 1200×630 PNG made at build time.
import { error } from '@sveltejs/kit';
import { loadContent } from '$lib/server/content/load';
import { editionFor } from '$lib/server/content/edition';
import { EDITION_PATH, LANGUAGES, type Lang } from '$lib/i18n/languages';
import { cardPng } from '$lib/server/cards/card';
import { siteRoot } from '$lib/site-root';

export const prerender = true;

export const entries = () =>
	loadContent()
		.milestones.filter((m) => m.role !== 'part') // a part is told in its step: no page of its own
		.flatMap((m) => LANGUAGES.map((lang) => (EDITION_PATH[lang] === '/' ? { id: m.id } : { lang, id: m.id })));

export const GET = async ({ params, url }) => {
	const edition = editionFor(loadContent(), (params.lang ?? 'uz') as Lang);
	if (!edition.steps.some((s) => s.id === params.id)) error(404, `no milestone "${params.id}"`);
	const png = await cardPng(edition, params.id, siteRoot(url));
	return new Response(png, { headers: { 'content-type': 'image/png' } });
};
