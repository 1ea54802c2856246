/**
 * What an embed page is rendered from: the story's page data (storyPageData)
 * cut to what an embed shows, so the interview, intro and notes do not travel
 * into every iframe. Server-only, like storyPageData.
 * Usage: export const load = ({ params, url }) => embedPageData(loadContent(), langOf(params), siteRoot(url));
 */
import type { ContentModel, EmbedEdition } from '$lib/content/types';
import type { StaticView } from '$lib/graphics/map/style';
import { EDITION_PATH, LANGUAGES, type Lang } from '$lib/i18n/languages';
import { storyPageData } from '$lib/server/story-page-data';
import { staticViewFor } from '$lib/graphics/map/fallback.server';
import { firstStepMapView } from '$lib/story/graphic-state';

export interface EmbedPageData {
	/** The edition, cut to what an embed shows. */
	edition: EmbedEdition;
	/** The first step's map view as static SVG, drawn at build time. */
	mapFallback: StaticView;
}

export function embedPageData(model: ContentModel, lang: Lang, origin?: string): EmbedPageData {
	const { edition, origin: site } = storyPageData(model, lang, origin);
	const { steps, milestones, opening, places, timelineViews, mapViews, ui, monthsShort, copy } = edition;
	return {
		edition: {
			lang,
			steps,
			milestones,
			opening,
			places,
			timelineViews,
			mapViews,
			ui,
			monthsShort,
			copy: {
				headline: copy.headline,
				agencyCredit: copy.agencyCredit,
				...(copy.quotesTranslated && { quotesTranslated: copy.quotesTranslated })
			},
			canonical: site + EDITION_PATH[lang]
		},
		// An embed has no opening: it starts at the first step, so its map is drawn there.
		mapFallback: staticViewFor(firstStepMapView(edition))
	};
}

/** The prerender entries of an embed route under [[lang=edition]]: one per edition, the Uzbek original at the root. */
export const embedEntries = () => LANGUAGES.map((lang) => (EDITION_PATH[lang] === '/' ? {} : { lang }));
