// The embed preview page of each edition (/embed/preview/, /ru/embed/preview/…):
// every embed of the edition at the widths newsrooms use, for checking before
// publication. Not linked from the story; noindex.
import { loadContent } from '$lib/server/content/load';
import { editionFor } from '$lib/server/content/edition';
import { embedWordsFor } from '$lib/newsroom/words';
import { EDITION_PATH, LANGUAGES, type Lang } from '$lib/i18n/languages';

export const entries = () => LANGUAGES.filter((l) => EDITION_PATH[l] !== '/').map((lang) => ({ lang }));

export const load = ({ params }) => {
	const lang = (params.lang ?? 'uz') as Lang;
	const model = loadContent();
	const edition = editionFor(model, lang);
	return {
		lang,
		headline: edition.copy.headline,
		steps: edition.steps.map(({ id, title }) => ({ id, title })),
		kinds: edition.ui.embedPanel.kinds,
		words: embedWordsFor(model)[lang]
	};
};
