/**
 * What a page says about itself to search engines and link previews: the
 * props of SeoHead.svelte for a story page and for a milestone's share page. Absolute URLs are
 * made under the site's root (SITE_URL and BASE_PATH: siteRoot in src/lib/site-root.ts).
 * Server-side (load functions), so none of this is in the page's JavaScript: SeoHead gets plain data.
 * Usage: storySeo(edition, siteRoot(url)) → <SeoHead {...seo} />; milestoneSeo(edition, siteRoot(url), 'memorandum')
 */
import type { Edition } from '$lib/content/types';
import { EDITION_PATH, HTML_LANG, LANGUAGES, type Lang } from '$lib/i18n/languages';
import { cardPath, sharePath, stepPath } from '$lib/paths';
import type { SeoProps } from '$lib/story/seo-props';
import { graphicPropsFor } from '$lib/story/graphic-state';
import { describeMilestones } from '$lib/story/describe';
import { untypeset } from '$lib/i18n/typeset';

/** og:locale per edition, in the language_TERRITORY form the platforms accept (both Uzbek scripts are uz_UZ). */
const OG_LOCALE: Record<Lang, string> = { uz: 'uz_UZ', 'uz-cyrl': 'uz_UZ', ru: 'ru_RU', en: 'en_GB' };

/** The size of every link-preview card. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

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
	// The date after the title, unless the title says it ("A national strategy for 2021–2026").
	// "May 2024*" said in words: "May 2024 (year: our reading)".
	const dateLabel = graphic.dateLabel.replace(/\*$/, ` (${edition.ui.inferredMark})`);
	const head = id
		? dateLabel && !graphic.title.includes(graphic.dateLabel)
			? `${graphic.title} (${dateLabel}).`
			: `${graphic.title}.`
		: `${edition.copy.headline}.`;
	// A whole-story picture names what it draws: each milestone with its date (the undated ones
	// only where their lane is drawn, on a link card), not "every milestone".
	const caption = edition.timelineViews.find((v) => v.id === graphic.view)?.caption;
	const timeline = graphic.timeline.recap
		? `${edition.ui.timelineTitle}, ${caption}: ${describeMilestones(edition.milestones, edition.ui, shows === 'both')}.`
		: graphic.timeline.description;
	const described = [...(shows !== 'place' ? [timeline] : []), ...(shows !== 'time' ? [graphic.mapDescription] : [])];
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
