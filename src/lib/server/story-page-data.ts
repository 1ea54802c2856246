/**
 * What a story page is rendered from: one edition of the validated model, and
 * its map's first view drawn at build time. Server-only (it reads the map's
 * TopoJSON through fallback.server.ts).
 * Usage: storyPageData(loadContent(), 'ru', siteRoot(url)) in a load function; tests pass a model built from edited content.
 */
import type { ContentModel } from '$lib/content/types';
import { editionFor, type Edition } from '$lib/server/content/edition';
import { staticViewFor } from '$lib/graphics/map/fallback.server';
import type { StaticView } from '$lib/graphics/map/style';
import type { Lang } from '$lib/i18n/languages';
import { embedWordsFor, type EmbedWordsByLang } from '$lib/newsroom/words';
import { LOCAL_ORIGIN } from '$lib/site.js';
import { openingMapView } from '$lib/story/graphic-state';
import { storySeo } from '$lib/server/seo';
import type { SeoProps } from '$lib/story/seo-props';

export interface StoryPageData {
	edition: Edition;
	/** The map's first view drawn at build time (its ground is a picture: src/routes/map/[view].svg). */
	mapFallback: StaticView;
	/** The words of the embed codes, per edition (for the Embed panel). */
	embedWords: EmbedWordsByLang;
	/** The site's root (SITE_URL and BASE_PATH, see src/lib/site-root.ts): the embed codes' addresses are absolute on it. */
	origin: string;
	/** The head's tags for search engines and link previews, with absolute URLs under the site's root. */
	seo: SeoProps;
}

/** The edition as the page gets it: the steps' link-preview words are read on the server only (the head's tags). */
function withoutShareWords(edition: Edition): Edition {
	const strip = <T extends { share?: unknown }>({ share: _share, ...rest }: T) => rest as T;
	return { ...edition, steps: edition.steps.map(strip), milestones: edition.milestones.map(strip) };
}

export function storyPageData(model: ContentModel, lang: Lang, origin: string = LOCAL_ORIGIN): StoryPageData {
	const edition = editionFor(model, lang);
	return {
		edition: withoutShareWords(edition),
		mapFallback: staticViewFor(openingMapView(edition)),
		embedWords: embedWordsFor(model),
		origin,
		seo: storySeo(edition, origin)
	};
}
