// The social editors' gallery (/social/, /ru/social/…): every image of the edition with its alt
// text, a download link and suggested posts. Not linked from the story, noindex, no JavaScript.
import { resolve } from '$app/paths';
import { loadContent } from '$lib/server/content/load';
import { editionFor } from '$lib/server/content/edition';
import { EDITION_PATH, LANGUAGES, type Lang } from '$lib/i18n/languages';
import { galleryWords, socialSubjects } from '$lib/server/cards/social';
import { siteRoot } from '$lib/site-root';
import { LOCAL_ORIGIN } from '$lib/site.js';

export const csr = false;

export const entries = () => LANGUAGES.map((lang) => (EDITION_PATH[lang] === '/' ? {} : { lang }));

export const load = ({ params, url }) => {
	const model = loadContent();
	const lang = (params.lang ?? 'uz') as Lang;
	const edition = editionFor(model, lang);
	const words = galleryWords(model, lang);
	const origin = siteRoot(url);
	const subjects = socialSubjects(edition, origin, words).map((s) => ({
		...s,
		images: s.images.map((i) => ({ ...i, src: new URL(resolve(i.path as '/'), url).pathname }))
	}));
	return {
		lang,
		headline: edition.copy.headline,
		words,
		noAddress: new URL(origin).origin === LOCAL_ORIGIN,
		subjects
	};
};
