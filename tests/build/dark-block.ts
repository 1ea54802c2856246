import type { PNG } from 'pngjs';

/** The size of a solid block that counts: larger than any stroke or dot a card draws in ink. */
export const BLOCK = 16;

/**
 * Where a picture has a solid black square of BLOCK × BLOCK pixels (each darker than luma 16: the
 * black resvg fills an unstyled shape with; the story's ink is about 27), or undefined.
 */
export function darkBlock(png: Pick<PNG, 'width' | 'height' | 'data'>): { x: number; y: number } | undefined {
	const { width, height, data } = png;
	// A summed-area table of the dark pixels.
	const sums = new Uint32Array((width + 1) * (height + 1));
	for (let y = 0; y < height; y++)
		for (let x = 0; x < width; x++) {
			const i = (y * width + x) * 4;
			const dark = data[i + 3] > 0 && 0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2] < 16 ? 1 : 0;
			sums[(y + 1) * (width + 1) + x + 1] = dark + sums[y * (width + 1) + x + 1] + sums[(y + 1) * (width + 1) + x] - sums[y * (width + 1) + x];
		}
	const at = (x: number, y: number) => sums[y * (width + 1) + x];
	for (let y = 0; y + BLOCK <= height; y++)
		for (let x = 0; x + BLOCK <= width; x++)
			if (at(x + BLOCK, y + BLOCK) - at(x, y + BLOCK) - at(x + BLOCK, y) + at(x, y) === BLOCK * BLOCK) return { x, y };
	return undefined;
}
