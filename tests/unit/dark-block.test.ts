// The image scan's test for a solid black block (tests/build/images.test.ts runs it over every
// image the build writes): it finds the block resvg draws for a shape no style reaches, and
// passes the story's ink, its dots and its type.
import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { darkBlock } from '../build/dark-block';
import { INK } from '$lib/graphics/ink';

const draw = (body: string) => {
	const image = new Resvg(
		`<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><rect width="200" height="100" fill="${INK.paper}"/>${body}</svg>`
	).render();
	return { width: image.width, height: image.height, data: image.pixels };
};

describe('darkBlock', () => {
	it('finds a shape resvg fills black for want of a style (the zoom band on 20 link cards)', () => {
		expect(darkBlock(draw('<g class="zoom-window"><rect x="40" y="20" width="60" height="40"/></g>'))).toEqual({
			x: 40,
			y: 20
		});
	});
	it('passes a block in the story’s ink, a dot, and a thin black stroke', () => {
		expect(darkBlock(draw(`<rect x="40" y="20" width="60" height="40" fill="${INK.ink}"/>`))).toBeUndefined();
		expect(
			darkBlock(
				draw('<circle cx="50" cy="50" r="7" fill="#000"/><rect x="100" y="0" width="10" height="100" fill="#000"/>')
			)
		).toBeUndefined();
	});
});
