/**
 * The embed codes a newsroom copies, as pure functions of what to embed
 * (kind, edition, milestone) and the format its CMS accepts. Every address is
 * absolute on the choice's `origin` (the site's root: SITE_URL and BASE_PATH, see
 * src/lib/site.js), the host scripts on its `assets` (ASSETS_URL) when the static
 * files are served elsewhere; every value written into an attribute or a script is escaped.
 *
 *     embedCode({ origin: 'https://story.example.org', kind: 'map', lang: 'en', step: 'memorandum' }, 'iframe',
 *               { title: 'Map', linkText: 'Read the story' });
 */
import { EDITION_PATH, type Lang } from '$lib/i18n/languages';

/** What can be embedded: the tap-through story, the timeline alone, the map alone. */
export const EMBED_KINDS = ['story', 'timeline', 'map'] as const;
export type EmbedKind = (typeof EMBED_KINDS)[number];

/** The code formats: our host script, the pym.js parent, a plain iframe. */
export const EMBED_FORMATS = ['script', 'pym', 'iframe'] as const;
export type EmbedFormat = (typeof EMBED_FORMATS)[number];

/** One embed: which graphic, in which edition, opened at which milestone. */
export interface EmbedChoice {
	/** The site's root: its origin and base path, e.g. https://story.example.org or https://example.org/graphics/voronkov (no trailing slash). */
	origin: string;
	/** Where the static files (embed.js, pym.v1.min.js) are served from, if not from `origin` (ASSETS_URL, no trailing slash). */
	assets?: string;
	/** The embed page: story, timeline or map. */
	kind: EmbedKind;
	/** The edition (its path prefix: "", /uz-cyrl, /ru, /en). */
	lang: Lang;
	/** A milestone id for `?step=`; none opens the first step. */
	step?: string;
}

/** The words the code carries, in the edition's language. */
export interface EmbedWords {
	/** The iframe's title (read by screen readers). */
	title: string;
	/** The fallback link's text, for readers without JavaScript. */
	linkText: string;
}

/** The iframe's sandbox: scripts and same-origin for the embed, pop-ups for its links that open in a new tab. */
export const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/**
 * Fixed heights (px) for the plain iframe, which cannot resize itself: the
 * tallest each embed measured between 330 and 700 px wide, in any edition, at
 * any step, plus a margin (measured 2026-11-26 on the embed-pages branch at
 * 190f1ce, headless Chromium, fonts loaded):
 *   story     330: 1372 (ru)   360: 1286 (uz-cyrl)   700: 1256 (uz-cyrl)   → 1400
 *   timeline  330: 475 (ru)    360: 437              700: 421 (ru)         → 480
 *   map       330: 467 (ru)    360: 451              700: 672 (ru)         → 700
 * The map grows with the width (822 px at 1200 px wide): in columns wider than
 * ~700 px its bottom is cut off; the script and pym.js codes size themselves.
 * Re-measure when an embed's layout changes (the preview page shows them all).
 */
export const IFRAME_HEIGHT: Record<EmbedKind, number> = { story: 1400, timeline: 480, map: 700 };

/** The embed page's path, with `?step=` only when a milestone is chosen: `/ru/embed/map/?step=memorandum`. */
export function embedPath({ kind, lang, step }: Omit<EmbedChoice, 'origin' | 'assets'>): string {
	const query = step ? `?step=${encodeURIComponent(step)}` : '';
	return `${EDITION_PATH[lang]}embed/${kind}/${query}`;
}

/** The embed page's absolute address. */
export const embedUrl = (choice: EmbedChoice) => choice.origin + embedPath(choice);

/** The story page's absolute address, at the milestone if one is chosen. */
const storyUrl = ({ origin, lang, step }: EmbedChoice) =>
	`${origin}${EDITION_PATH[lang]}${step ? `#${encodeURIComponent(step)}` : ''}`;

/** Text escaped for an HTML attribute value in double quotes, or for element content (apostrophes stay readable). */
function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A value as a JavaScript literal that is safe inside an inline <script> (no `</script>`, no `<!--`). */
function scriptLiteral(value: unknown): string {
	return JSON.stringify(value)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

/** A regular expression source matching exactly this origin (pym.js's `xdomain` is tested against `event.origin`). */
function originPattern(url: string): string {
	return `^${new URL(url).origin.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`;
}

/** A short id for the pym.js container, the same for the same choice (unique per embed on a page). */
export function pymId({ kind, lang, step }: Omit<EmbedChoice, 'origin' | 'assets'>): string {
	return ['voronkov-embed', kind, lang, step].filter(Boolean).join('-');
}

/** The code to paste into a host page for this embed in this format. */
export function embedCode(choice: EmbedChoice, format: EmbedFormat, words: EmbedWords): string {
	const url = embedUrl(choice);
	const files = choice.assets ?? choice.origin;
	const title = escapeHtml(words.title);
	switch (format) {
		case 'script':
			return [
				`<div data-story-embed="${escapeHtml(url)}" data-title="${title}">`,
				`  <a href="${escapeHtml(storyUrl(choice))}">${escapeHtml(words.linkText)}</a>`,
				`</div>`,
				`<script src="${escapeHtml(files + '/embed.js')}" async></script>`
			].join('\n');
		case 'pym': {
			const id = pymId(choice);
			const config = { title: words.title, sandbox: SANDBOX, xdomain: originPattern(url), optionalparams: false };
			return [
				`<div id="${escapeHtml(id)}"></div>`,
				`<script src="${escapeHtml(files + '/pym.v1.min.js')}"></script>`,
				`<script>new pym.Parent(${scriptLiteral(id)}, ${scriptLiteral(url)}, ${scriptLiteral(config)});</script>`
			].join('\n');
		}
		case 'iframe':
			return [
				`<iframe src="${escapeHtml(url)}" title="${title}"`,
				`  style="width:1px;min-width:100%;height:${IFRAME_HEIGHT[choice.kind]}px;border:0"`,
				`  loading="lazy" sandbox="${SANDBOX}"></iframe>`
			].join('\n');
	}
}
