// The social editors' images (/social/<name>.png, /ru/social/<name>.png…): the graphic in a step's
// state and the step's quote, in the feed and story formats (and the quote's link format), drawn at
// build time by the same renderer as the link cards (src/lib/server/cards/card.ts). Listed, with
// their alt texts, by the gallery next to them (./+page.svelte).
import { error } from '@sveltejs/kit';
import { loadContent } from '$lib/server/content/load';
import { editionFor } from '$lib/server/content/edition';
import { EDITION_PATH, LANGUAGES, type Lang } from '$lib/i18n/languages';
import { CARD_SIZES, cardPng } from '$lib/server/cards/card';
import { STORY_SUBJECT, drawnImages, galleryWords, socialSubjects } from '$lib/server/cards/social';
import { siteRoot } from '$lib/site-root';
import { LOCAL_ORIGIN } from '$lib/site.js';

export const prerender = true;

export const entries = () =>
	LANGUAGES.flatMap((lang) =>
		drawnImages(socialSubjects(editionFor(loadContent(), lang), LOCAL_ORIGIN, galleryWords(loadContent(), lang))).map(
			(image) => ({
				...(EDITION_PATH[lang] === '/' ? {} : { lang }),
				image: image.file.replace(/\.png$/, '')
			})
		)
	);

export const GET = async ({ params, url }) => {
	const lang = (params.lang ?? 'uz') as Lang;
	const edition = editionFor(loadContent(), lang);
	const image = drawnImages(socialSubjects(edition, siteRoot(url), galleryWords(loadContent(), lang))).find(
		(i) => i.file === `${params.image}.png`
	);
	if (!image) error(404, `no social image "${params.image}.png"`);
	const id = image.subject === STORY_SUBJECT ? undefined : image.subject;
	const png = await cardPng(edition, id, siteRoot(url), CARD_SIZES[image.format], image.kind);
	return new Response(png, { headers: { 'content-type': 'image/png' } });
};
