/**
 * What a page says about itself to search engines and link previews: the
 * props of SeoHead.svelte for a story page and for a milestone's share page,
 * and the paths of share pages and their 1200×630 cards. Absolute URLs are
 * made under the site's root (SITE_URL and BASE_PATH: siteRoot in src/lib/site-root.ts).
 * Server-side (load functions), so none of this is in the page's JavaScript: SeoHead gets plain data.
 * Usage: storySeo(edition, siteRoot(url)) → <SeoHead {...seo} />; milestoneSeo(edition, siteRoot(url), 'memorandum')
 */
import type { Edition } from '$lib/content/edition';
import { EDITION_PATH, HTML_LANG, LANGUAGES, type Lang } from '$lib/i18n/languages';
import { graphicPropsFor } from './graphic-state';
import { untypeset } from '$lib/i18n/typeset';

/** og:locale per edition, in the language_TERRITORY form the platforms accept (both Uzbek scripts are uz_UZ). */
const OG_LOCALE: Record<Lang, string> = { uz: 'uz_UZ', 'uz-cyrl': 'uz_UZ', ru: 'ru_RU', en: 'en_GB' };

/** The size of every link-preview card. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** A milestone's share page: /m/<id>/ under the edition's path. */
export const sharePath = (lang: Lang, id: string) => `${EDITION_PATH[lang]}m/${id}/`;
/** Where the story opens at a milestone. */
export const stepPath = (lang: Lang, id: string) => `${EDITION_PATH[lang]}#${id}`;
/** The link-preview card of a story page (no id) or of a milestone's share page. */
export const cardPath = (lang: Lang, id?: string) => `${id ? sharePath(lang, id) : EDITION_PATH[lang]}card.png`;

/** Everything SeoHead writes. URLs are absolute. */
export interface SeoProps {
	/** The page's <title> and og:title. */
	title: string;
	/** meta description and og:description. */
	description: string;
	/** rel=canonical. */
	canonical: string;
	/** og:url: the address that is shared. */
	url: string;
	/** og:locale: the edition's. */
	locale: string;
	/** og:locale:alternate: the other editions', each once. */
	localeAlternates: string[];
	/** hreflang alternates, x-default last. */
	alternates: { hreflang: string; href: string }[];
	/** og:site_name. */
	siteName: string;
	/** twitter:site: the publisher's account on X (copy.aml twitterSite), if it has one. */
	twitterSite?: string;
	/** article:published_time, ISO 8601. */
	published: string;
	/** og:image and its size and text alternative. */
	image: { url: string; width: number; height: number; alt: string };
}

/** The other editions' og:locale values, without the page's own and without repeats. */
export function localeAlternates(lang: Lang): string[] {
	return [...new Set(LANGUAGES.map((l) => OG_LOCALE[l]))].filter((l) => l !== OG_LOCALE[lang]);
}

/**
 * What a card shows, in words: the milestone (or the story's headline), its date, and the descriptions
 * of the graphics it draws: both (a link card), or the one an upright card pictures (its `focus`).
 */
export function cardAlt(edition: Edition, id: string | undefined, shows: 'both' | 'time' | 'place' = 'both'): string {
	const graphic = graphicPropsFor(edition, id ?? recapId(edition));
	const head = id
		? graphic.dateLabel
			? `${graphic.title} (${graphic.dateLabel}).`
			: `${graphic.title}.`
		: `${edition.copy.headline}.`;
	const described = [
		...(shows !== 'place' ? [graphic.timeline.description] : []),
		...(shows !== 'time' ? [graphic.mapDescription] : [])
	];
	return plain([head, ...described].join(' '));
}

/** Text for tags read outside the page (titles, descriptions, alt texts): no typesetting characters (word joiners, no-break spaces). */
const plain = untypeset;

/** The step whose picture stands for the whole story (the recap, which shows every event), if there is one. */
export const recapId = (edition: Pick<Edition, 'steps'>) => edition.steps.find((s) => s.role === 'recap')?.id;

function common(edition: Edition, origin: string, pathFor: (lang: Lang) => string) {
	const abs = (path: string) => `${origin}${path}`;
	return {
		locale: OG_LOCALE[edition.lang],
		localeAlternates: localeAlternates(edition.lang),
		alternates: [
			...LANGUAGES.map((l) => ({ hreflang: HTML_LANG[l], href: abs(pathFor(l)) })),
			{ hreflang: 'x-default', href: abs(pathFor('uz')) }
		],
		siteName: plain(edition.copy.publisher),
		...(edition.copy.twitterSite && { twitterSite: edition.copy.twitterSite }),
		published: edition.copy.published,
		abs
	};
}

/** A story page: the edition's headline and standfirst, its card. */
export function storySeo(edition: Edition, origin: string): SeoProps {
	const { abs, ...rest } = common(edition, origin, (l) => EDITION_PATH[l]);
	const here = abs(EDITION_PATH[edition.lang]);
	return {
		...rest,
		// The link preview's own words (copy.aml: shareTitle, shareText), not the page's headline and standfirst.
		title: plain(edition.copy.shareTitle),
		description: plain(edition.copy.shareText),
		canonical: here,
		url: here,
		image: { url: abs(cardPath(edition.lang)), ...CARD_SIZE, alt: cardAlt(edition, undefined) }
	};
}

/**
 * A milestone's share page: its title and text, its card; canonical is the
 * story at that step, og:url the share page itself (so a platform that
 * follows og:url reads this page's card, not the story's).
 */
export function milestoneSeo(edition: Edition, origin: string, id: string): SeoProps {
	const step = edition.steps.find((s) => s.id === id);
	if (!step) throw new Error(`no milestone "${id}" in the ${edition.lang} edition`);
	const { abs, ...rest } = common(edition, origin, (l) => sharePath(l, id));
	return {
		...rest,
		// The step's link preview (milestones.aml: shareTitle, shareText), written to stand alone.
		title: plain(step.share?.title ?? step.title),
		description: plain(step.share?.text ?? step.text),
		canonical: abs(stepPath(edition.lang, id)),
		url: abs(sharePath(edition.lang, id)),
		image: { url: abs(cardPath(edition.lang, id)), ...CARD_SIZE, alt: cardAlt(edition, id) }
	};
}
