/**
 * The embed codes a newsroom copies, as pure functions of what to embed
 * (kind, edition, milestone) and the format its CMS accepts. Every address is
 * absolute (`absolute()` from site.ts, so VITE_SITE_URL decides the host);
 * every value written into an attribute or a script is escaped.
 *
 *     embedCode({ kind: 'map', lang: 'en', step: 'memorandum' }, 'iframe', { title: 'Map', linkText: 'Read the story' });
 */
import { EDITION_PATH, type Lang } from '$lib/i18n/languages';
import { absolute } from '$lib/site';

/** What can be embedded: the tap-through story, the timeline alone, the map alone. */
export const EMBED_KINDS = ['story', 'timeline', 'map'] as const;
export type EmbedKind = (typeof EMBED_KINDS)[number];

/** The code formats: our host script, the pym.js parent, a plain iframe. */
export const EMBED_FORMATS = ['script', 'pym', 'iframe'] as const;
export type EmbedFormat = (typeof EMBED_FORMATS)[number];

/** One embed: which graphic, in which edition, opened at which milestone. */
export interface EmbedChoice {
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
 * tallest each embed gets between 360 and 700 px wide, plus a margin, so that
 * nothing is cut off at either width (a wide host page shows some blank space).
 * PROVISIONAL: the embed pages (Part A of issue #8) were not on this branch when
 * these were chosen; re-measure them at ~360 and ~700 px wide (the preview page
 * shows them) and update this table.
 */
export const IFRAME_HEIGHT: Record<EmbedKind, number> = { story: 900, timeline: 420, map: 560 };

/** The embed page's path, with `?step=` only when a milestone is chosen: `/ru/embed/map/?step=memorandum`. */
export function embedPath({ kind, lang, step }: EmbedChoice): string {
	const query = step ? `?step=${encodeURIComponent(step)}` : '';
	return `${EDITION_PATH[lang]}embed/${kind}/${query}`;
}

/** The embed page's absolute address. */
export const embedUrl = (choice: EmbedChoice) => absolute(embedPath(choice));

/** The story page's absolute address, at the milestone if one is chosen. */
const storyUrl = ({ lang, step }: EmbedChoice) =>
	absolute(`${EDITION_PATH[lang]}${step ? `#${encodeURIComponent(step)}` : ''}`);

/** Text escaped for an HTML attribute value in double quotes, or for element content. */
function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;');
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
export function pymId({ kind, lang, step }: EmbedChoice): string {
	return ['voronkov-embed', kind, lang, step].filter(Boolean).join('-');
}

/** The code to paste into a host page for this embed in this format. */
export function embedCode(choice: EmbedChoice, format: EmbedFormat, words: EmbedWords): string {
	const url = embedUrl(choice);
	const title = escapeHtml(words.title);
	switch (format) {
		case 'script':
			return [
				`<div data-story-embed="${escapeHtml(url)}" data-title="${title}">`,
				`  <a href="${escapeHtml(storyUrl(choice))}">${escapeHtml(words.linkText)}</a>`,
				`</div>`,
				`<script src="${escapeHtml(absolute('/embed.js'))}" async></script>`
			].join('\n');
		case 'pym': {
			const id = pymId(choice);
			const config = { title: words.title, sandbox: SANDBOX, xdomain: originPattern(url), optionalparams: false };
			return [
				`<div id="${escapeHtml(id)}"></div>`,
				`<script src="${escapeHtml(absolute('/pym.v1.min.js'))}"></script>`,
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
