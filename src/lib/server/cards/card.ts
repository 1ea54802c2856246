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
import type { Edition } from '$lib/server/content/edition';
import { staticMapFor } from '$lib/graphics/map/fallback.server';
import { groundElements } from '$lib/graphics/map/ground-svg';
import { LABEL_FONT, type StaticMap } from '$lib/graphics/map/style';
import Timeline from '$lib/graphics/timeline/Timeline.svelte';
import type { TimelineProps } from '$lib/graphics/timeline/types';
import { EDITION_PATH } from '$lib/i18n/languages';
import { fill, quoted } from '$lib/i18n/fill';
import { LOCAL_ORIGIN } from '$lib/site.js';
import { graphicPropsFor, markedWhen } from '$lib/story/graphic-state';
import { CARD_SIZE, recapId } from '$lib/server/seo';
import { cardFonts, type CardFonts, type FontKind } from '$lib/server/cards/fonts';
import { drawn, fitLines, svgRuns, wrapLines } from '$lib/server/cards/text';
import { INK } from '$lib/graphics/ink';
import { PRECISION_COLOURS } from '$lib/graphics/timeline/precision';

/**
 * The timeline's look, as its components' styles give it (Marks, AxisX,
 * RowLabels, UndatedLane: change them together), with the variables' values.
 * resvg applies class selectors from a <style> element; a shape it finds no
 * rule for is filled black, which tests/unit/cards.test.ts checks against.
 */
const TIMELINE_CSS = `
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
.zoom-window rect { fill: ${INK.zoomWindow}; }
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
		// Every run of words in a text, its children's (a label's date in a tspan) too, set in the faces that have its letters.
		.replace(/(<text\b([^>]*)>)([\s\S]*?)(<\/text>)/g, (_, start: string, attrs: string, body: string, end: string) => {
			const runs = body.replace(/(^|>)([^<]+)/g, (__, before: string, text: string) => {
				const raw = text
					.replace(/&amp;/g, '&')
					.replace(/&lt;/g, '<')
					.replace(/&gt;/g, '>')
					.replace(/&quot;/g, '"');
				const shown = attrs.includes('lane-label') ? raw.toLocaleUpperCase() : raw;
				return before + svgRuns(shown, (c) => fonts.faceFor(c, 'sans').family);
			});
			return start + runs + end;
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
function storySpan(edition: Edition, withCities = true): string {
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
	return [span, ...(withCities ? cities.map(whole) : [])].filter(Boolean).join('\u00a0· ');
}

/** What a card says: a milestone's (date, title) or, with no id, the story's (its span and cities, headline). */
function cardWords(edition: Edition, id: string | undefined, upright = false) {
	const step = id ? edition.steps.find((s) => s.id === id) : undefined;
	if (id && !step) throw new Error(`no milestone "${id}" in the ${edition.lang} edition`);
	return step
		? {
				// A line of its own: its first letter a capital (in a title, after a dash, it may be lower case).
				kicker: capitalised(edition.ui.storyLabel, edition.lang),
				when: capitalised([markedWhen(step), ...step.placeNames].filter(Boolean).join(' · '), edition.lang),
				title: step.title
			}
		: {
				// An upright card gives its picture (the timeline, which names no place) the room: no
				// kicker (the share title says what the story is), the story's span without its cities,
				// its share title (at most 70 characters), not its headline (up to 200).
				kicker: upright ? '' : capitalised(edition.ui.storyLabel, edition.lang),
				when: storySpan(edition, !upright),
				title: upright ? edition.copy.shareTitle : edition.copy.headline
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
export type CardFormat = keyof typeof CARD_SIZES;

/** What an image shows: the graphic in the subject's state, or its quote. */
export type CardKind = 'graphic' | 'quote';

interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/**
 * The room a format leaves for what matters. A story (9:16) keeps its top 250 px and bottom 340 px
 * free of anything that matters (the apps lay their bars and reply box over them); feeds and links
 * keep an even margin.
 */
/** A link card is landscape (text beside the graphic); the others are upright. */
const isLandscape = ({ width, height }: CardSize) => width / height > 1.3;

function safeArea(size: CardSize): Box {
	const { width: W, height: H } = size;
	if (isLandscape(size)) return { x: 56, y: 56, width: W - 112, height: H - 112 };
	// (with 16 px to spare, so nothing sits on the edge of what the app covers)
	const [top, bottom] = H / W > 1.6 ? [266, 356] : [64, 64];
	return { x: 64, y: top, width: W - 128, height: H - top - bottom };
}

/**
 * The width a feed's picture is drawn at before it is scaled up to the card: a phone's graphic,
 * so its names (12 px on a phone) come out at least 28 px on a card 1080 px wide.
 */
const PICTURE_WIDTH = 400;
/** The least height a feed's picture is drawn at (px, before scaling): a phone's timeline box. */
export const MIN_PICTURE_HEIGHT = 164;

/** The picture's names' size on the card, in px (tests: at least 28 at 1080 wide). */
export const pictureScale = (size: CardSize) => safeArea(size).width / PICTURE_WIDTH;

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
	// Never cut: at the smallest size, as many lines as the words take.
	return { size, lines: wrapLines(text, maxWidth, (t) => width(t, size)) };
}

/** A card being composed: its text column, the parts drawn so far, and what it measures text with. */
interface Composer {
	edition: Edition;
	/** The site's root: its address is printed at the foot (none for a local build). */
	origin: string;
	fonts: CardFonts;
	/** The column text is set in (the card's safe area, or its left part on a link card). */
	T: { x: number; y: number; width: number; bottom: number };
	/** Type sizes in px at 1 (link cards) or more (upright cards: the same sizes read at a feed's scale). */
	k: number;
	parts: string[];
	sans: (t: string, s: number) => number;
	serif: (t: string, s: number) => number;
}

function composer(edition: Edition, origin: string, fonts: CardFonts, T: Composer['T'], k: number): Composer {
	return {
		edition,
		origin,
		fonts,
		T,
		k,
		parts: [],
		sans: (t, s) => fonts.width(t, 'sans', s),
		serif: (t, s) => fonts.width(t, 'serif', s)
	};
}

/** The accent rule, the story's label and a line of date and places; returns the y below them. */
function header(c: Composer, kickerText: string, whenText: string): number {
	const { T, k } = c;
	const kicker = fitLines(
		kickerText,
		T.width,
		1,
		[22, 20, 18].map((s) => s * k),
		c.sans
	);
	const when = fitLines(
		whenText,
		T.width,
		2,
		[26, 23, 20].map((s) => s * k),
		c.sans
	);
	let y = T.y;
	c.parts.push(`<rect x="${T.x}" y="${y}" width="${48 * k}" height="${5 * k}" fill="${INK.accent}"/>`);
	y += 22 * k;
	if (kickerText) {
		c.parts.push(
			textBlock(kicker.lines, { x: T.x, y, size: kicker.size, lineHeight: 1.2, kind: 'sans', fill: INK.muted }, c.fonts)
		);
		y += kicker.size * 1.2 + 30 * k;
	} else y += 8 * k;
	if (whenText) {
		c.parts.push(
			textBlock(
				when.lines,
				{ x: T.x, y, size: when.size, lineHeight: 1.25, kind: 'sans', fill: INK.accentInk },
				c.fonts
			)
		);
		y += when.lines.length * when.size * 1.25 + 18 * k;
	}
	return y;
}

/**
 * The foot: the key to "2024*" (with the hatching's swatch where a hatched mark is drawn), a rule,
 * the credit lines and the site's address. Returns the y of the rule's top (the room above ends there).
 */
function foot(c: Composer, o: { inferred: boolean; hatched: boolean; credit: string[] }): number {
	const { T, k, edition } = c;
	const credit = o.credit.map((line) =>
		fitLines(
			// A short aside in brackets kept on one line: "(our reading)".
			line.replace(/\(([^()\s]+) ([^()\s]+)\)/g, '($1\u00a0$2)'),
			T.width,
			2,
			[20, 18, 16].map((s) => s * k),
			c.sans
		)
	);
	const address = shownAddress(c.origin, edition);
	const addressSize = address ? 20 * k : 0;
	const swatch = o.hatched ? { width: 26 * k, height: 11 * k, gap: 8 * k } : undefined;
	const footnoteX = T.x + (swatch ? swatch.width + swatch.gap : 0);
	const footnote = o.inferred
		? fitLines(`* ${edition.ui.inferredMark}`, T.width - (footnoteX - T.x), 1, [18 * k, 16 * k], c.sans)
		: undefined;
	const footnoteHeight = footnote ? footnote.size * 1.2 + 8 * k : 0;
	const creditHeight = credit.reduce((h, b) => h + b.lines.length * b.size * 1.2, 0);
	const footHeight = footnoteHeight + creditHeight + 7 * k + addressSize * 1.3;
	const top = T.bottom - footHeight + footnoteHeight;
	const ruleY = top - footnoteHeight - 16 * k;
	c.parts.push(
		`<line x1="${T.x}" x2="${T.x + T.width}" y1="${ruleY}" y2="${ruleY}" stroke="${INK.rule}" stroke-width="${k}"/>`
	);
	if (footnote) {
		if (swatch) {
			// Vertically on the text's x-height: the line's top plus about half its size.
			const [sx, sy] = [T.x, top - footnoteHeight + footnote.size * 0.62 - swatch.height / 2];
			c.parts.push(
				`<pattern id="card-hatch" patternUnits="userSpaceOnUse" width="${5 * k}" height="${5 * k}" patternTransform="rotate(45)"><rect width="${2 * k}" height="${5 * k}" fill="#fff" fill-opacity="0.7"/></pattern>`,
				`<rect class="key-hatch" x="${sx}" y="${sy}" width="${swatch.width}" height="${swatch.height}" rx="${1.5 * k}" fill="${INK.mark}" stroke="${INK.mark}" stroke-width="${k}"/>`,
				`<rect x="${sx}" y="${sy}" width="${swatch.width}" height="${swatch.height}" rx="${1.5 * k}" fill="url(#card-hatch)"/>`
			);
		}
		c.parts.push(
			textBlock(
				footnote.lines,
				{ x: footnoteX, y: top - footnoteHeight, size: footnote.size, lineHeight: 1.2, kind: 'sans', fill: INK.muted },
				c.fonts
			)
		);
	}
	let y = top;
	for (const block of credit) {
		c.parts.push(
			textBlock(block.lines, { x: T.x, y, size: block.size, lineHeight: 1.2, kind: 'sans', fill: INK.muted }, c.fonts)
		);
		y += block.lines.length * block.size * 1.2;
	}
	if (address)
		c.parts.push(
			textBlock(
				[address],
				{ x: T.x, y: y + 7 * k, size: addressSize, lineHeight: 1.2, kind: 'sans', fill: INK.ink },
				c.fonts
			)
		);
	return ruleY;
}

/** The title in the story's serif, bold, set at the largest size that fits `room`; returns the y below it. */
function title(c: Composer, text: string, y: number, room: number, sizes: number[]): number {
	const bold = (t: string, s: number) => c.fonts.width(t, 'serif', s, 700);
	const fitted = fitTitle(
		text,
		c.T.width,
		room,
		sizes.map((s) => s * c.k),
		bold
	);
	c.parts.push(
		textBlock(
			fitted.lines,
			{ x: c.T.x, y, size: fitted.size, lineHeight: 1.14, kind: 'serif', fill: INK.ink, extra: ' font-weight="700"' },
			c.fonts
		)
	);
	return y + fitted.size * 0.3 + fitted.lines.length * fitted.size * 1.14;
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

/** A timeline's SVG placed in a box `width` wide at (x, y). */
const placedTimeline = (t: { viewBox: string; inner: string }, x: number, y: number, width: number) => {
	const [, , vw, vh] = t.viewBox.split(/\s+/).map(Number);
	return `<svg x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${width.toFixed(1)}" height="${((vh * width) / vw).toFixed(1)}" viewBox="${t.viewBox}" overflow="visible">${t.inner}</svg>`;
};

/** The card's SVG document around its parts. */
const document = (
	size: CardSize,
	parts: string[]
) => `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}">
<style>${TIMELINE_CSS}</style>
<rect width="${size.width}" height="${size.height}" fill="${INK.paper}"/>
${parts.join('\n')}
</svg>`;

/**
 * A graphic card as SVG, at one of the sizes (1200×630 by default). A link card (landscape) sets
 * the words on the left and the map over the timeline on the right. An upright card (feeds,
 * stories) is a picture: the words above, and below them the graphic the step is about (its
 * `focus`: the map where the place changes, else the timeline), drawn as on a phone and scaled up,
 * so its names read at a feed's size.
 */
export function cardSvg(
	edition: Edition,
	id: string | undefined,
	origin: string,
	fonts: CardFonts,
	size: CardSize = CARD_SIZE
): string {
	const landscape = isLandscape(size);
	const area = safeArea(size);
	const k = landscape ? 1 : 1.5;
	const T = landscape
		? { x: area.x, y: area.y, width: 540, bottom: area.y + area.height }
		: { ...area, bottom: area.y + area.height };
	const c = composer(edition, origin, fonts, T, k);
	const graphic = graphicPropsFor(edition, id ?? recapId(edition));
	const words = cardWords(edition, id, !landscape);
	let y = header(c, words.kicker, words.when);

	// The key to "2024*" and the hatching where the card shows either (its date, or a year that is our
	// reading among the timeline's marks in view), as the page's key and notes give it: above the credit.
	const picture = landscape ? undefined : pictureOf(edition, id);
	const hatched = picture !== 'place' && drawsInferred(graphic.timeline);
	const top = foot(c, { inferred: words.when.includes('*') || hatched, hatched, credit: [edition.copy.agencyCredit] });

	if (landscape) {
		// The title in the room above the foot; the graphic on the right, map over timeline.
		title(c, words.title, y, top - 24 - y, [64, 58, 52, 46, 40]);
		const box = { x: 648, y: area.y - 8, width: size.width - area.x - 648, height: area.height + 16 };
		const map = staticMapFor(graphic.map);
		const timeline = timelineSvg(graphic.timeline, fonts);
		const [, , vw, vh] = timeline.viewBox.split(/\s+/).map(Number);
		const placed = placeGraphic(box, map, vh / vw);
		c.parts.push(mapSvg(map, placed.map, fonts));
		if (graphic.map.legend) c.parts.push(legendSvg(graphic.map.legend, map, placed.map, 1, fonts));
		c.parts.push(placedTimeline(timeline, placed.timeline.x, placed.timeline.y, placed.timeline.width));
		return document(size, c.parts);
	}

	// Upright: the title takes at most three lines, and leaves the picture at least 42 % of the safe
	// area's height, and never less than a phone gives the graphic.
	const scale = area.width / PICTURE_WIDTH;
	const minPicture = Math.max(Math.round(area.height * 0.42), Math.ceil(MIN_PICTURE_HEIGHT * scale));
	y = title(c, words.title, y, Math.min(top - 56 - minPicture - y, 3 * 46 * k * 1.14 + 20), [46, 42, 38, 34, 30, 27]);
	const box = { x: area.x, y: y + 28, width: area.width, height: top - 28 - (y + 28) };
	const nominal = { width: PICTURE_WIDTH, height: Math.floor(box.height / scale) };
	if (nominal.height < MIN_PICTURE_HEIGHT)
		throw new Error(
			`The ${size.width}×${size.height} image of "${id ?? 'the story'}" (${edition.lang}) has no room for its graphic ` +
				`(${nominal.height} px of the ${MIN_PICTURE_HEIGHT} a phone gives it): shorten its title or date in content/.`
		);
	if (picture === 'place') {
		const map = staticMapFor(graphic.map, nominal);
		c.parts.push(mapSvg(map, box, fonts));
		if (graphic.map.legend) c.parts.push(legendSvg(graphic.map.legend, map, box, scale, fonts));
	} else {
		const timeline = timelineSvg({ ...graphic.timeline, serverSize: nominal, undated: false }, fonts);
		c.parts.push(placedTimeline(timeline, box.x, box.y, box.width));
	}
	return document(size, c.parts);
}

/** The graphic an upright card pictures for a subject: the map where the step's place changes, else the timeline. */
export const pictureOf = (edition: Edition, id: string | undefined) =>
	graphicPropsFor(edition, id ?? recapId(edition)).focus;

/** What a quote card quotes: the words (in the edition's quotation marks) and when they were said or what they date. */
export function quoteOf(
	edition: Edition,
	id: string | undefined
): { quote: string; when: string; title: string } | undefined {
	if (!id)
		return { quote: quoted(edition.copy.storyQuote, edition.ui.quoteMarks), when: '', title: edition.copy.headline };
	const step = edition.steps.find((s) => s.id === id);
	if (!step?.quote) return undefined;
	return {
		quote: step.shareQuote ?? step.quote,
		when: capitalised([markedWhen(step), ...step.placeNames].filter(Boolean).join(' · '), edition.lang),
		title: step.title
	};
}

/**
 * A quote card as SVG: Voronkov's words from the interview, verbatim in the edition's language, in
 * the story's serif, with his name and role, the milestone's date and title as the text gives them,
 * the agency's credit (and, in a translation, that the quote is ours).
 */
export function quoteSvg(
	edition: Edition,
	id: string | undefined,
	origin: string,
	fonts: CardFonts,
	size: CardSize = CARD_SIZE
): string {
	const q = quoteOf(edition, id);
	if (!q) throw new Error(`no quote for "${id}" in the ${edition.lang} edition`);
	const area = safeArea(size);
	const landscape = isLandscape(size);
	const k = landscape ? 1 : 1.5;
	const T = { ...area, bottom: area.y + area.height };
	const c = composer(edition, origin, fonts, T, k);
	let y = header(c, capitalised(edition.ui.storyLabel, edition.lang), q.when);
	const credit = [edition.copy.agencyCredit, ...(edition.copy.quotesTranslated ? [edition.copy.quotesTranslated] : [])];
	const top = foot(c, { inferred: q.when.includes('*'), hatched: false, credit });

	// The speaker and, for a milestone, its title under the quote; the quote at the largest size that fits above them.
	const speaker = fitLines(
		`— ${edition.copy.speaker}`,
		T.width,
		3,
		[24, 22, 20].map((s) => s * k),
		c.sans
	);
	const about = id
		? fitLines(
				q.title,
				T.width,
				2,
				[22, 20].map((s) => s * k),
				c.sans
			)
		: undefined;
	const below =
		speaker.lines.length * speaker.size * 1.25 + (about ? 14 * k + about.lines.length * about.size * 1.25 : 0);
	const room = top - 28 * k - below - 24 * k - y;
	const sizes = landscape ? [44, 40, 36, 32, 28, 26] : [80, 72, 64, 58, 52, 46, 42, 38, 34, 30];
	const fitted = fitTitle(q.quote, T.width, room, sizes, c.serif);
	const used = fitted.size * 0.3 + fitted.lines.length * fitted.size * 1.14;
	// Quote, speaker and title as one block, in the middle of the room.
	y += Math.max(0, (room - used) / 2) * 0.6;
	c.parts.push(
		textBlock(fitted.lines, { x: T.x, y, size: fitted.size, lineHeight: 1.14, kind: 'serif', fill: INK.ink }, fonts)
	);
	y += used + 24 * k;
	c.parts.push(
		textBlock(speaker.lines, { x: T.x, y, size: speaker.size, lineHeight: 1.25, kind: 'sans', fill: INK.ink }, fonts)
	);
	y += speaker.lines.length * speaker.size * 1.25 + 14 * k;
	if (about)
		c.parts.push(
			textBlock(about.lines, { x: T.x, y, size: about.size, lineHeight: 1.25, kind: 'sans', fill: INK.muted }, fonts)
		);
	return document(size, c.parts);
}

/** A card as PNG: the graphic (default) or the quote, at one of the sizes. */
export async function cardPng(
	edition: Edition,
	id: string | undefined,
	origin: string,
	size: CardSize = CARD_SIZE,
	kind: CardKind = 'graphic'
): Promise<Uint8Array<ArrayBuffer>> {
	const fonts = await cardFonts();
	const svg = (kind === 'quote' ? quoteSvg : cardSvg)(edition, id, origin, fonts, size);
	const resvg = new Resvg(svg, {
		font: { fontFiles: fonts.files, loadSystemFonts: false, defaultFontFamily: 'Card Sans latin' }
	});
	return new Uint8Array(resvg.render().asPng());
}
