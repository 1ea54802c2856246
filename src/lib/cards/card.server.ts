/**
 * A link-preview card (1200×630 PNG) drawn at build time without a browser:
 * the graphic in the milestone's state (the timeline rendered on the server
 * by svelte/server, the map's static SVG from staticMapFor), the date, the
 * headline, the credit and the story's address, composed as one SVG and
 * turned into PNG by resvg with the story's own fonts (./fonts.server.ts).
 * Usage: const png = await cardPng(edition, 'memorandum', 'https://story.example.org')  // id undefined: the story's card
 */
import type { TimelineItem } from '$lib/graphics/timeline/types';
import { Resvg } from '@resvg/resvg-js';
import { render } from 'svelte/server';
import type { Edition } from '$lib/content/edition';
import { staticMapFor } from '$lib/graphics/map/fallback.server';
import { groundElements } from '$lib/graphics/map/ground-svg';
import { LABEL_FONT, type StaticMap } from '$lib/graphics/map/style';
import Timeline from '$lib/graphics/timeline/Timeline.svelte';
import type { TimelineProps } from '$lib/graphics/timeline/types';
import { EDITION_PATH } from '$lib/i18n/languages';
import { fill } from '$lib/i18n/fill';
import { LOCAL_ORIGIN } from '$lib/site.js';
import { graphicPropsFor, markedWhen } from '$lib/story/graphic-state';
import { CARD_SIZE, recapId } from '$lib/story/seo';
import { cardFonts, type CardFonts, type FontKind } from './fonts.server';
import { drawn, fitLines, svgRuns } from './text';
import { INK } from '$lib/graphics/ink';
import { PRECISION_COLOURS } from '$lib/graphics/timeline/precision';

/**
 * The timeline's look, as its components' styles give it (Marks, AxisX,
 * RowLabels, UndatedLane: change them together), with the variables' values.
 * resvg applies class selectors from a <style> element; a shape it finds no
 * rule for is filled black, which tests/unit/cards.test.ts checks against.
 */
export const TIMELINE_CSS = `
.grid { stroke: ${INK.grid}; }
.tick, .baseline { stroke: ${INK.muted}; }
.axis text { font-size: 13px; font-weight: 500; fill: ${INK.muted}; text-anchor: middle; }
.axis text.year { fill: ${INK.ink}; }
.axis text.from-january { text-anchor: start; }
.mark { fill: ${INK.mark}; }
.mark.span rect { fill-opacity: 0.7; }
.mark.on { fill: ${INK.accent}; }
.mark.on rect { fill-opacity: 1; }
.mark circle { stroke: ${INK.paper}; stroke-width: 2; }
.row-label { font-weight: 500; fill: ${INK.muted}; stroke: ${INK.paper}; stroke-width: 3px; stroke-linejoin: round; paint-order: stroke; }
.row-label.on { font-weight: 700; fill: ${INK.ink}; }
.row-label.active-label { fill: ${INK.accentInk}; }
.row-label.inside { stroke: none; fill: ${INK.ink}; }
.row-label.inside.on { fill: #fff; }
.box { fill: none; stroke: ${INK.grid}; }
.lane-label { font-size: 11px; fill: ${INK.muted}; letter-spacing: 0.04em; }
.chip rect { fill: ${INK.paper}; stroke: ${INK.mark}; stroke-dasharray: 4 3; }
.chip text { font-weight: 500; fill: ${INK.ink}; }
.chip.on rect { fill: ${INK.paper}; stroke: ${INK.accent}; stroke-width: 2; stroke-dasharray: none; }
.chip.on text { fill: ${INK.accentInk}; }
.mark.active rect { stroke: ${INK.ink}; stroke-width: 1.5; }
.mark.inferred rect { stroke-width: 1; }
.mark .hatch { stroke: none; }
.stripe { stroke: none; }
${
	// resvg has no :not(): an active inferred mark keeps its precision's colour as its outline, as on the page.
	Object.entries(PRECISION_COLOURS)
		.map(([precision, colour]) => `.mark.active.inferred.precision-${precision} rect { stroke: ${colour}; }`)
		.join('\n')
}
.row-label.inside.inferred, .row-label.inside.on.inferred { fill: ${INK.ink}; stroke: ${INK.paper}; stroke-width: 3px; }
.zoom-window rect { fill: #efe7d8; }
.zoom-window line { stroke: ${INK.muted}; stroke-width: 1.5; }
.continues { fill: none; stroke: #fff; stroke-width: 1.5; }
.mark:not(.on) .continues { stroke: ${INK.paper}; }
`;

/** The timeline as the server renders it: its chart's viewBox and inner SVG, texts split into font runs. */
function timelineSvg(props: TimelineProps, fonts: CardFonts): { viewBox: string; inner: string } {
	const body = render(Timeline, { props }).body;
	const open = /<svg class="layercake-layout-svg[^>]*viewBox="([^"]+)"[^>]*>/.exec(body);
	const close = body.lastIndexOf('</svg>');
	if (!open || close < 0) throw new Error('the timeline rendered no layercake SVG');
	const inner = body
		.slice(open.index + open[0].length, close)
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<title>[\s\S]*?<\/title>/g, '')
		.replace(/(<text\b([^>]*)>)([^<]*)(<\/text>)/g, (_, start: string, attrs: string, text: string, end: string) => {
			const raw = text
				.replace(/&amp;/g, '&')
				.replace(/&lt;/g, '<')
				.replace(/&gt;/g, '>')
				.replace(/&quot;/g, '"');
			const shown = attrs.includes('lane-label') ? raw.toLocaleUpperCase() : raw;
			return start + svgRuns(shown, (c) => fonts.faceFor(c, 'sans').family) + end;
		});
	return { viewBox: open[1], inner };
}

/** The map's static drawing at the nominal size, scaled into a box; names in the card's fonts. */
function mapSvg(map: StaticMap, box: { x: number; y: number; width: number }, fonts: CardFonts): string {
	const k = box.width / map.width;
	const at = (x: number, y: number) => [box.x + x * k, box.y + y * k].map((v) => v.toFixed(1));
	const line = (px: number) => (px / k).toFixed(2);
	// The frame clips the drawing, as the page's map frame does.
	const paths = `<clipPath id="card-map"><rect x="${box.x}" y="${box.y}" width="${box.width}" height="${(map.height * k).toFixed(1)}"/></clipPath>
<g clip-path="url(#card-map)"><g transform="translate(${box.x} ${box.y}) scale(${k})" stroke-linejoin="round">
${groundElements(map, line)}
${map.arc ? `<path d="${map.arc}" fill="none" stroke="${INK.ink}" stroke-width="${line(2)}" stroke-dasharray="${line(6)} ${line(5)}" opacity="0.75"/>` : ''}
</g></g>`;
	const dots = map.marks
		.filter((m) => m.kind === 'city')
		.map((m) => {
			const [x, y] = at(m.x, m.y);
			return `<circle cx="${x}" cy="${y}" r="${(4 * Math.max(1.2, k)).toFixed(1)}" fill="${INK.ink}" stroke="${INK.paper}" stroke-width="1.5"/>`;
		});
	const labels = map.marks.map((m) => {
		const [x, y] = at(m.labelX, m.labelY);
		// In proportion to the drawing (labels are placed for their nominal size, so scaled with it they
		// keep their room); anchored at the start, from the name's measured width.
		const size = Math.round((m.size ?? LABEL_FONT[m.kind]) * k);
		const width = fonts.width(drawn(m.name), 'sans', size);
		const start = Number(x) - (m.anchor === 'middle' ? width / 2 : m.anchor === 'end' ? width : 0);
		// The halo under the whole name, then the letters: resvg paints a run's halo over the run
		// before it (Uzbek Cyrillic ғ, қ come from another font file, a run of their own).
		const runs = svgRuns(m.name, (c) => fonts.faceFor(c, 'sans').family);
		const placed = `x="${start.toFixed(1)}" y="${y}" dy="0.35em" font-size="${size}"`;
		return `<text ${placed} fill="${INK.paper}" stroke="${INK.paper}" stroke-width="${(size / 4).toFixed(1)}" stroke-linejoin="round">${runs}</text>
<text ${placed} fill="${INK.ink}">${runs}</text>`;
	});
	return [paths, ...dots, ...labels].join('\n');
}

/**
 * The map's legend as the page draws it (Legend.svelte): a swatch of the filled states' colour and
 * its line, e.g. "Central Asia: five states (our reading)", on paper in the map's lower left corner.
 */
function legendSvg(
	text: string,
	map: StaticMap,
	box: { x: number; y: number; width: number },
	k: number,
	fonts: CardFonts
): string {
	const size = 13 * k;
	const swatch = size * 0.8;
	const pad = 5 * k;
	const width = Math.min(box.width - 2 * pad, swatch + 6 * k + fonts.width(text, 'sans', size) + 2 * pad);
	const height = size * 1.2 + 2 * pad;
	const x = box.x + pad;
	const y = box.y + (map.height * box.width) / map.width - pad - height;
	return `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${width.toFixed(1)}" height="${height.toFixed(1)}" rx="${2 * k}" fill="${INK.paper}" fill-opacity="0.92"/>
<rect x="${(x + pad).toFixed(1)}" y="${(y + (height - swatch) / 2).toFixed(1)}" width="${swatch.toFixed(1)}" height="${swatch.toFixed(1)}" fill="${INK.accent}" fill-opacity="0.3" stroke="${INK.accent}" stroke-width="${k}"/>
${textBlock([text], { x: x + pad + swatch + 6 * k, y: y + pad - size * 0.1, size, lineHeight: 1.2, kind: 'sans', fill: INK.ink }, fonts)}`;
}

/** Lines of text at x, from the top y (first baseline at y + size), in one kind of type. */
function textBlock(
	lines: string[],
	o: { x: number; y: number; size: number; lineHeight: number; kind: FontKind; fill: string; extra?: string },
	fonts: CardFonts
): string {
	return lines
		.map(
			(line, i) =>
				`<text x="${o.x}" y="${(o.y + o.size + i * o.size * o.lineHeight).toFixed(1)}" font-size="${o.size}" fill="${o.fill}"${o.extra ?? ''}>${svgRuns(line, (c) => fonts.faceFor(c, o.kind).family)}</text>`
		)
		.join('\n');
}

/**
 * The story's address as written on a card: host, base path (the site's root may have one) and edition path,
 * no scheme; none for a build without SITE_URL (its origin the local test server's: no card advertises a
 * loopback address).
 */
const shownAddress = (origin: string, edition: Pick<Edition, 'lang'>) => {
	const root = new URL(origin);
	if (root.origin === LOCAL_ORIGIN) return '';
	return `${root.host}${root.pathname.replace(/\/$/, '')}${EDITION_PATH[edition.lang]}`.replace(/\/$/, '');
};

/** A text with its first letter a capital, as a line of its own. */
const capitalised = (text: string, lang: string) =>
	text.charAt(0).toLocaleUpperCase(lang === 'uz-cyrl' ? 'uz' : lang) + text.slice(1);

/**
 * The story's span, as the interview dates it, and the cities it names: "5 December 2023 – December
 * 2024 · New York · Tashkent" (from the first dated step to the last, in the edition's words).
 */
function storySpan(edition: Edition): string {
	const startOf = (s: Edition['steps'][number]) => ('start' in s.when ? s.when.start : '');
	const dated = edition.steps.filter((s) => startOf(s) && s.when.precision !== 'range');
	const byStart = [...dated].sort((a, b) => startOf(a).localeCompare(startOf(b)));
	const [first, last] = [byStart[0], byStart.at(-1)];
	const cities = [...new Set(dated.flatMap((s) => s.placeNames))].filter((name) =>
		edition.places.some((p) => p.name === name && p.kind === 'city')
	);
	// Each date and each name kept whole on its line ("New / York", "2024 / December" never), and a dot
	// with the words before it.
	const whole = (text: string) => text.replace(/ /g, '\u00a0');
	const span =
		first && last && first !== last ? fill(edition.ui.dateSpan, whole(markedWhen(first)), whole(markedWhen(last))) : '';
	return [span, ...cities.map(whole)].filter(Boolean).join('\u00a0· ');
}

/** What a card says: a milestone's (date, title) or, with no id, the story's (its span and cities, headline). */
function cardWords(edition: Edition, id: string | undefined) {
	const step = id ? edition.steps.find((s) => s.id === id) : undefined;
	if (id && !step) throw new Error(`no milestone "${id}" in the ${edition.lang} edition`);
	return step
		? {
				// A line of its own: its first letter a capital (in a title, after a dash, it may be lower case).
				kicker: capitalised(edition.ui.storyLabel, edition.lang),
				when: [markedWhen(step), ...step.placeNames].filter(Boolean).join(' · '),
				title: step.title
			}
		: {
				kicker: capitalised(edition.ui.storyLabel, edition.lang),
				when: storySpan(edition),
				title: edition.copy.headline
			};
}

/** Whether a timeline draws a mark whose year is our reading (hatched) inside its axis. */
function drawsInferred(timeline: { items: TimelineItem[]; axis: { from: string; to: string } }): boolean {
	return timeline.items.some(
		(item) =>
			item.lane === 'dated' &&
			item.inferred &&
			item.period.start < timeline.axis.to &&
			item.period.end > timeline.axis.from
	);
}

/** A card's size in px. */
export interface CardSize {
	width: number;
	height: number;
}

/** The sizes social editors need: link previews, feeds (square and 4:5), stories (9:16). */
export const CARD_SIZES = {
	link: CARD_SIZE,
	square: { width: 1080, height: 1080 },
	portrait: { width: 1080, height: 1350 },
	story: { width: 1080, height: 1920 }
} as const satisfies Record<string, CardSize>;

interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/**
 * Where text and graphic go. Landscape: text on the left, graphic on the
 * right. Upright: text above, graphic below. Margins keep everything inside
 * the platforms' safe areas (a story's top and bottom 250 px carry the
 * platform's own bars).
 */
function layoutFor({ width: W, height: H }: CardSize) {
	if (W / H > 1.3) {
		const M = 56;
		return {
			W,
			H,
			scale: 1,
			text: { x: M, y: M, width: 540, bottom: H - M },
			graphic: { x: 648, y: M - 8, width: W - M - 648, height: H - 2 * M + 16 }
		};
	}
	const side = 80;
	const top = H / W > 1.6 ? 250 : 80;
	return { W, H, scale: 1.5, text: { x: side, y: top, width: W - 2 * side, bottom: H - top }, graphic: undefined };
}

/** The map above the timeline, or beside it, whichever draws them larger in the box. */
function placeGraphic(box: Box, map: StaticMap, timelineRatio: number) {
	const mapRatio = map.height / map.width;
	const gap = 14;
	const stacked = Math.min(box.width, (box.height - gap) / (mapRatio + timelineRatio));
	const side = Math.min((box.width - gap) / 2, box.height / Math.max(mapRatio, timelineRatio));
	if (stacked >= side) {
		const x = box.x + (box.width - stacked) / 2;
		const used = stacked * (mapRatio + timelineRatio) + gap;
		const y = box.y + (box.height - used) / 2;
		return { map: { x, y, width: stacked }, timeline: { x, y: y + stacked * mapRatio + gap, width: stacked } };
	}
	const y = box.y + (box.height - side * Math.max(mapRatio, timelineRatio)) / 2;
	const x = box.x + (box.width - 2 * side - gap) / 2;
	return {
		map: { x, y: y + (side * (Math.max(mapRatio, timelineRatio) - mapRatio)) / 2, width: side },
		timeline: {
			x: x + side + gap,
			y: y + (side * (Math.max(mapRatio, timelineRatio) - timelineRatio)) / 2,
			width: side
		}
	};
}

/** The title at the largest size whose lines fit in the room (line height 1.14). */
function fitTitle(
	text: string,
	maxWidth: number,
	room: number,
	sizes: number[],
	width: (text: string, size: number) => number
) {
	for (const size of sizes) {
		const lines = Math.floor((room - size * 0.3) / (size * 1.14));
		if (lines < 1) continue;
		const fitted = fitLines(text, maxWidth, lines, [size], width);
		if (!fitted.lines[fitted.lines.length - 1].endsWith('…')) return fitted;
	}
	const size = sizes[sizes.length - 1];
	return fitLines(text, maxWidth, Math.max(1, Math.floor(room / (size * 1.14))), [size], width);
}

/** The card as SVG, at one of the sizes (1200×630 by default). */
export function cardSvg(
	edition: Edition,
	id: string | undefined,
	origin: string,
	fonts: CardFonts,
	size: CardSize = CARD_SIZE
): string {
	const L = layoutFor(size);
	const k = L.scale;
	const graphic = graphicPropsFor(edition, id ?? recapId(edition));
	const words = cardWords(edition, id);
	const T = L.text;
	const sans = (t: string, s: number) => fonts.width(t, 'sans', s);
	const serif = (t: string, s: number) => fonts.width(t, 'serif', s);

	const kicker = fitLines(
		words.kicker,
		T.width,
		1,
		[22, 20, 18].map((s) => s * k),
		sans
	);
	const when = fitLines(
		words.when,
		T.width,
		2,
		[26, 23, 20].map((s) => s * k),
		sans
	);
	const credit = fitLines(
		edition.copy.agencyCredit,
		T.width,
		2,
		[20, 18, 16].map((s) => s * k),
		sans
	);
	const address = shownAddress(origin, edition);
	const addressSize = address ? 20 * k : 0;

	const parts: string[] = [];
	let y = T.y;
	parts.push(`<rect x="${T.x}" y="${y}" width="${48 * k}" height="${5 * k}" fill="${INK.accent}"/>`);
	y += 22 * k;
	parts.push(
		textBlock(kicker.lines, { x: T.x, y, size: kicker.size, lineHeight: 1.2, kind: 'sans', fill: INK.muted }, fonts)
	);
	y += kicker.size * 1.2 + 30 * k;
	parts.push(
		textBlock(when.lines, { x: T.x, y, size: when.size, lineHeight: 1.25, kind: 'sans', fill: INK.accentInk }, fonts)
	);
	y += when.lines.length * when.size * 1.25 + 18 * k;

	// The key to "2024*" and the hatching where the card shows either (its date, or a year that is our
	// reading among the timeline's marks in view), as the page's key and notes give it: above the credit.
	// A hatched mark in view gets its swatch before the words, as the page's key has it (AUDIT round 9, F-2).
	const hatched = drawsInferred(graphic.timeline);
	const inferred = words.when.includes('*') || hatched;
	const swatch = hatched ? { width: 26 * k, height: 11 * k, gap: 8 * k } : undefined;
	const footnoteX = T.x + (swatch ? swatch.width + swatch.gap : 0);
	const footnote = inferred
		? fitLines(`* ${edition.ui.inferredMark}`, T.width - (footnoteX - T.x), 1, [18 * k, 16 * k], sans)
		: undefined;
	const footnoteHeight = footnote ? footnote.size * 1.2 + 8 * k : 0;

	// Credit and address at the foot.
	const footHeight = footnoteHeight + credit.lines.length * credit.size * 1.2 + 7 * k + addressSize * 1.2;
	const foot = T.bottom - footHeight + footnoteHeight;
	const ruleY = foot - footnoteHeight - 16 * k;
	parts.push(
		`<line x1="${T.x}" x2="${T.x + T.width}" y1="${ruleY}" y2="${ruleY}" stroke="${INK.rule}" stroke-width="${k}"/>`
	);
	if (footnote) {
		if (swatch) {
			// Vertically on the text's x-height: the line's top plus about half its size.
			const [sx, sy] = [T.x, foot - footnoteHeight + footnote.size * 0.62 - swatch.height / 2];
			parts.push(
				`<pattern id="card-hatch" patternUnits="userSpaceOnUse" width="${5 * k}" height="${5 * k}" patternTransform="rotate(45)"><rect width="${2 * k}" height="${5 * k}" fill="#fff" fill-opacity="0.7"/></pattern>`,
				`<rect class="key-hatch" x="${sx}" y="${sy}" width="${swatch.width}" height="${swatch.height}" rx="${1.5 * k}" fill="${INK.mark}" stroke="${INK.mark}" stroke-width="${k}"/>`,
				`<rect x="${sx}" y="${sy}" width="${swatch.width}" height="${swatch.height}" rx="${1.5 * k}" fill="url(#card-hatch)"/>`
			);
		}
		parts.push(
			textBlock(
				footnote.lines,
				{ x: footnoteX, y: foot - footnoteHeight, size: footnote.size, lineHeight: 1.2, kind: 'sans', fill: INK.muted },
				fonts
			)
		);
	}
	parts.push(
		textBlock(
			credit.lines,
			{ x: T.x, y: foot, size: credit.size, lineHeight: 1.2, kind: 'sans', fill: INK.muted },
			fonts
		)
	);
	const addressY = foot + credit.lines.length * credit.size * 1.2 + 7 * k;
	if (address)
		parts.push(
			textBlock(
				[address],
				{ x: T.x, y: addressY, size: addressSize, lineHeight: 1.2, kind: 'sans', fill: INK.ink },
				fonts
			)
		);

	// The title: in landscape, the room above the foot; upright, at most a third of the card, the graphic below it.
	const map = staticMapFor(graphic.map);
	const timeline = timelineSvg(graphic.timeline, fonts);
	const [, , vw, vh] = timeline.viewBox.split(/\s+/).map(Number);
	const top = foot - footnoteHeight;
	const room = L.graphic ? top - 40 * k - y : Math.min(top - 40 * k - y, L.H * (L.H / L.W > 1.6 ? 0.25 : 0.3));
	const title = fitTitle(
		words.title,
		T.width,
		room,
		[64, 58, 52, 46, 40].map((s) => s * k),
		serif
	);
	parts.push(
		textBlock(
			title.lines,
			{
				x: T.x,
				y,
				size: title.size,
				lineHeight: 1.14,
				kind: 'serif',
				fill: INK.ink,
				extra: ` stroke="${INK.ink}" stroke-width="${0.6 * k}"`
			},
			fonts
		)
	);
	const titleBottom = y + title.size * 0.3 + title.lines.length * title.size * 1.14;
	const box = L.graphic ?? {
		x: T.x,
		y: titleBottom + 30 * k,
		width: T.width,
		height: top - 40 * k - (titleBottom + 30 * k)
	};

	// The graphic in the step's state.
	const placed = placeGraphic(box, map, vh / vw);
	parts.push(mapSvg(map, placed.map, fonts));
	if (graphic.map.legend) parts.push(legendSvg(graphic.map.legend, map, placed.map, k, fonts));
	const tw = placed.timeline.width;
	parts.push(
		`<svg x="${placed.timeline.x.toFixed(1)}" y="${placed.timeline.y.toFixed(1)}" width="${tw.toFixed(1)}" height="${((vh * tw) / vw).toFixed(1)}" viewBox="${timeline.viewBox}" overflow="visible">${timeline.inner}</svg>`
	);

	return `<svg xmlns="http://www.w3.org/2000/svg" width="${L.W}" height="${L.H}" viewBox="0 0 ${L.W} ${L.H}">
<style>${TIMELINE_CSS}</style>
<rect width="${L.W}" height="${L.H}" fill="${INK.paper}"/>
${parts.join('\n')}
</svg>`;
}

/** The card as PNG. */
export async function cardPng(
	edition: Edition,
	id: string | undefined,
	origin: string,
	size: CardSize = CARD_SIZE
): Promise<Uint8Array<ArrayBuffer>> {
	const fonts = await cardFonts();
	const svg = cardSvg(edition, id, origin, fonts, size);
	const resvg = new Resvg(svg, {
		font: { fontFiles: fonts.files, loadSystemFonts: false, defaultFontFamily: 'Card Sans latin' }
	});
	return new Uint8Array(resvg.render().asPng());
}
