// Card pages for social editors' images (npm run screenshots → scripts/cards.mjs):
// /cards/<lang>/<id>.html, one per edition and subject (a milestone, or
// "story" for the story's own card), with the card in each size at its exact
// pixel size, in the story's fonts. Plain HTML (no data file, no JavaScript
// bundle), not linked, noindex. <html data-cards-ready> is set once the fonts are in.
// Its Content-Security-Policy is the story's, with its styles' hashes.
import { error } from '@sveltejs/kit';
import { loadContent } from '$lib/content/load';
import { editionFor } from '$lib/content/edition';
import { HTML_LANG, LANGUAGES, type Lang } from '$lib/i18n/languages';
import { cardFonts } from '$lib/cards/fonts.server';
import { CARD_SIZES, TIMELINE_CSS, cardSvg } from '$lib/cards/card.server';
import { CARD_FONT_FACES, CARD_HEAD } from '$lib/cards/card-fonts';
import { cspContent, cspDirectives, sha256Source } from '$lib/csp.js';
import { siteRoot } from '$lib/site-root';

export const prerender = true;

/** The page's own style: each figure is exactly its card's size. */
const PAGE_CSS =
	'body{margin:0}figure{display:block;margin:0 0 24px;overflow:hidden}figure svg{display:block}' +
	Object.entries(CARD_SIZES)
		.map(([format, { width, height }]) => `figure[data-card="${format}"]{width:${width}px;height:${height}px}`)
		.join('');

/**
 * The story pages' policy (SvelteKit writes theirs; this page is not one), with
 * the hashes of the page's three <style> texts (its own, the font faces, the
 * cards' SVG style) and no style attributes.
 */
const CSP = (() => {
	const directives = cspDirectives();
	directives['style-src'] = [
		...directives['style-src'],
		...[PAGE_CSS, CARD_FONT_FACES, TIMELINE_CSS].map(sha256Source)
	];
	directives['style-src-attr'] = ['none'];
	return cspContent(directives);
})();

/** The subject of a story's own card. */
const STORY = 'story';

export const entries = () =>
	LANGUAGES.flatMap((lang) =>
		[
			STORY,
			...loadContent()
				.milestones.filter((m) => m.role !== 'part')
				.map((m) => m.id)
		].map((id) => ({ lang, id }))
	);

export const GET = async ({ params, url }) => {
	const lang = params.lang as Lang;
	if (!LANGUAGES.includes(lang)) error(404, `no edition "${params.lang}"`);
	const edition = editionFor(loadContent(), lang);
	const id = params.id === STORY ? undefined : params.id;
	if (id && !edition.steps.some((s) => s.id === id)) error(404, `no milestone "${id}"`);
	const fonts = await cardFonts();
	const figures = Object.entries(CARD_SIZES).map(([format, size]) => {
		// Ids made unique per card: the four SVGs share one document.
		const svg = cardSvg(edition, id, siteRoot(url), fonts, size)
			.replace(/\bid="/g, `id="${format}-`)
			.replace(/url\(#/g, `url(#${format}-`);
		return `<figure data-card="${format}">${svg}</figure>`;
	});
	const html = `<!doctype html>
<html lang="${HTML_LANG[lang]}">
<head>
<meta charset="utf-8">
<meta http-equiv="content-security-policy" content="${CSP}">
<meta name="robots" content="noindex">
<title>${id ?? STORY} · ${lang}</title>
<style>${PAGE_CSS}</style>
${CARD_HEAD}
</head>
<body>
${figures.join('\n')}
</body>
</html>`;
	return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
};
