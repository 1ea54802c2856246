/**
 * The words each embed code carries (its iframe's title, its fallback link),
 * in the language of the edition being embedded, so a Russian newsroom copying
 * from the English page still gets a Russian title. Built on the server from
 * the model; plain data for the page.
 * Usage: embedWordsFor(loadContent()).ru.map → { title: 'Карта: …', linkText: 'Читать историю' }
 */
import type { ContentModel } from '$lib/content/types';
import { fill } from '$lib/i18n/fill';
import { LANGUAGES, type Lang } from '$lib/i18n/languages';
import { EMBED_KINDS, type EmbedKind, type EmbedWords } from './codes';

/** The words of every embed kind in every edition. */
export type EmbedWordsByLang = Record<Lang, Record<EmbedKind, EmbedWords>>;

export function embedWordsFor(model: ContentModel): EmbedWordsByLang {
	const byLang = (lang: Lang) => {
		const { ui, copy } = model.editions[lang];
		const kinds = EMBED_KINDS.map((kind) => [
			kind,
			{ title: fill(ui.embedPanel.iframeTitle[kind], copy.headline), linkText: ui.embedPanel.readStory }
		]);
		return Object.fromEntries(kinds) as Record<EmbedKind, EmbedWords>;
	};
	return Object.fromEntries(LANGUAGES.map((lang) => [lang, byLang(lang)])) as EmbedWordsByLang;
}
