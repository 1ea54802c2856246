/**
 * A coordinate to a tenth of a pixel, as the graphics write it into SVG: finer
 * than any screen shows, and the prerendered page carries "162.6", not
 * "162.62893655864903" (a story page's SVG and map data were 0.8 KiB gzip
 * lighter for it).
 * Usage: <rect x={px(x0)} width={px(x1 - x0)} />
 */
export const px = (value: number): number => Math.round(value * 10) / 10;
