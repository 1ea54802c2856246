/**
 * A view's ground as SVG: the ocean, the land, the borders, the highlighted
 * countries and the globe's outline, from the paths staticMapPaths drew at
 * build time. `groundElements` is shared by the page's ground picture
 * (`groundSvg`, a file of its own: src/routes/map/[view].svg) and the share
 * cards (src/lib/server/cards/card.ts), so both draw the same ground.
 * Server-only in use (the paths come from the TopoJSON read at build time).
 * Usage: new Response(groundSvg(staticMapPaths(view, files)), { headers: { 'content-type': 'image/svg+xml' } })
 */
import { INK } from '../ink';
import { COLOURS, groundBox, type StaticMap } from './style';

/** The highlighted countries' opacity for a tone (as Highlight.svelte's styles give it). */
export const HIGHLIGHT_OPACITY = {
	light: { fill: 0.14, stroke: 0.45 },
	strong: { fill: 0.3, stroke: 0.9 }
} as const;

type Ground = Pick<StaticMap, 'sphere' | 'land' | 'borders' | 'highlight' | 'tone'>;

/**
 * The ground's five paths as SVG elements; `line(px)` writes a line `px` wide
 * in the drawing's units (the cards scale it; the picture keeps screen px).
 */
export function groundElements(map: Ground, line: (px: number) => string = String): string {
	const { fill, stroke } = HIGHLIGHT_OPACITY[map.tone];
	return [
		`<path d="${map.sphere}" fill="${COLOURS.ocean}"/>`,
		`<path d="${map.land}" fill="${COLOURS.land}"/>`,
		`<path d="${map.borders}" fill="none" stroke="${COLOURS.border}" stroke-width="${line(0.8)}"/>`,
		`<path d="${map.highlight}" fill="${INK.accent}" fill-opacity="${fill}" stroke="${INK.accent}" stroke-opacity="${stroke}" stroke-width="${line(1)}"/>`,
		`<path d="${map.sphere}" fill="none" stroke="${COLOURS.outline}" stroke-width="${line(1)}"/>`
	].join('\n');
}

/**
 * The ground as a standalone SVG file covering groundBox (the frame and half a
 * frame beyond each side), in the view's nominal px. Its lines keep their
 * width in screen px however large the picture is shown (non-scaling-stroke),
 * as the live map's do.
 */
export function groundSvg(map: Ground & Pick<StaticMap, 'width' | 'height'>): string {
	const box = groundBox(map.width, map.height);
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${box.width}" height="${box.height}" viewBox="${box.x} ${box.y} ${box.width} ${box.height}">`,
		'<style>path{vector-effect:non-scaling-stroke;stroke-linejoin:round}</style>',
		groundElements(map),
		'</svg>',
		''
	].join('\n');
}
