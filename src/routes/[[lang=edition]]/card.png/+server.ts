// The story page's link-preview card (/card.png, /ru/card.png…): 1200×630 PNG made at build time.
import { loadContent } from '$lib/server/content/load';
import { editionFor } from '$lib/server/content/edition';
import { EDITION_PATH, LANGUAGES, type Lang } from '$lib/i18n/languages';
import { cardPng } from '$lib/server/cards/card';
import { siteRoot } from '$lib/site-root';

export const prerender = true;

export const entries = () => LANGUAGES.map((lang) => (EDITION_PATH[lang] === '/' ? {} : { lang }));

export const GET = async ({ params, url }) => {
	const edition = editionFor(loadContent(), (params.lang ?? 'uz') as Lang);
	const png = await cardPng(edition, undefined, siteRoot(url));
	return new Response(png, { headers: { 'content-type': 'image/png' } });
};
