// @vitest-environment jsdom
// (for DOMParser, to read the picture as a browser would)
// The map's first view: its ground as a picture of its own (groundSvg, served
// as /map/<view>.svg), its places and inset as the page's data (staticViewFor).
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { staticMapFor, staticViewFor } from '$lib/graphics/map/fallback.server';
import { groundSvg, HIGHLIGHT_OPACITY } from '$lib/graphics/map/ground-svg';
import { groundBox } from '$lib/graphics/map/style';
import { firstStepMapView, graphicPropsFor, openingMapView } from '$lib/story/graphic-state';
import { editionFor } from '$lib/server/content/edition';
import { buildModel } from '$lib/server/content/model';
import { LANGUAGES } from '$lib/i18n/languages';
import { GET, entries } from '../../src/routes/map/[view].svg/+server';
import { readContentFiles } from './helpers';

const model = buildModel(readContentFiles());
const first = graphicPropsFor(editionFor(model, 'uz'), undefined).map;
const svgOf = (text: string) => {
	const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
	expect(doc.querySelector('parsererror')).toBeNull();
	return doc.documentElement;
};

describe('the ground picture', () => {
	const drawn = staticMapFor(first);
	const svg = svgOf(groundSvg(drawn));

	it('draws the ground’s paths over groundBox, in the view’s px', () => {
		const box = groundBox(drawn.width, drawn.height);
		expect(svg.tagName).toBe('svg');
		expect(svg.getAttribute('viewBox')).toBe(`${box.x} ${box.y} ${box.width} ${box.height}`);
		expect([svg.getAttribute('width'), svg.getAttribute('height')]).toEqual([`${box.width}`, `${box.height}`]);
		const d = [...svg.querySelectorAll('path')].map((p) => p.getAttribute('d'));
		expect(d).toEqual([drawn.sphere, drawn.land, drawn.borders, drawn.highlight, drawn.sphere]);
	});

	it('keeps its lines one screen width at any size, and fills the view’s countries in its tone', () => {
		expect(svg.querySelector('style')?.textContent).toContain('vector-effect:non-scaling-stroke');
		const highlight = svg.querySelectorAll('path')[3];
		expect(Number(highlight.getAttribute('fill-opacity'))).toBe(HIGHLIGHT_OPACITY[drawn.tone].fill);
		expect(Number(highlight.getAttribute('stroke-opacity'))).toBe(HIGHLIGHT_OPACITY[drawn.tone].stroke);
	});

	it('is served for the views an edition opens on (the story’s opening, an embed’s first step), and for no other', async () => {
		// The story opens on the opening's map; an embed, which has no opening, on the first step's.
		const ids = new Set(
			LANGUAGES.flatMap((lang) => {
				const edition = editionFor(model, lang);
				return [openingMapView(edition).id, firstStepMapView(edition).id];
			})
		);
		expect([...ids]).toEqual([...new Set([model.opening.map, model.milestones[0].map])]);
		expect(entries()).toEqual([...ids].map((view) => ({ view })));
		for (const view of [first, firstStepMapView(editionFor(model, 'uz'))]) {
			const response = await GET({ params: { view: view.id } } as Parameters<typeof GET>[0]);
			expect(response.headers.get('content-type')).toBe('image/svg+xml');
			expect(await response.text()).toBe(groundSvg(staticMapFor(view)));
		}
		expect(await (await GET({ params: { view: first.id } } as Parameters<typeof GET>[0])).text()).toBe(
			groundSvg(drawn)
		);
		// A view no edition opens on (the council's: a later step) has no picture.
		expect(() => GET({ params: { view: 'council' } } as Parameters<typeof GET>[0])).toThrow();
		let thrown: unknown;
		try {
			GET({ params: { view: 'nowhere' } } as Parameters<typeof GET>[0]);
		} catch (e) {
			thrown = e;
		}
		expect(thrown).toMatchObject({ status: 404, body: { message: expect.stringContaining('nowhere') } });
	});
});

describe('the view in the page’s data', () => {
	it('carries the places and not the ground’s paths', () => {
		const drawn = staticMapFor(first);
		const view = staticViewFor(first);
		expect(view).toEqual({
			view: first.id,
			width: drawn.width,
			height: drawn.height,
			radius: expect.closeTo(drawn.radius, 1),
			tone: drawn.tone,
			arc: drawn.arc,
			marks: drawn.marks.map((m) => ({
				...m,
				x: expect.closeTo(m.x, 1),
				y: expect.closeTo(m.y, 1),
				labelX: expect.closeTo(m.labelX, 1),
				labelY: expect.closeTo(m.labelY, 1),
				box: m.box.map((v) => expect.closeTo(v, 1))
			})),
			groundKey: expect.stringMatching(/^[0-9a-f]{10}$/)
		});
		// What leaving the ground out saves, twice over (the page's data and its markup).
		const saved = gzipSync(JSON.stringify(drawn)).length - gzipSync(JSON.stringify(view)).length;
		expect(saved).toBeGreaterThan(2500);
		// Its positions to a tenth of a pixel (they are written into the page twice).
		const positions = view.marks.flatMap((m) => [m.x, m.y, m.labelX, m.labelY, ...m.box]);
		for (const v of [view.radius, ...positions]) expect(String(v)).toMatch(/^-?\d+(\.\d)?$/);
	});

	it('has a key that changes with the picture, and only with it', () => {
		const again = staticViewFor(first);
		expect(again.groundKey).toBe(staticViewFor(first).groundKey);
		const lighter = staticViewFor({ ...first, tone: first.tone === 'strong' ? 'light' : 'strong' });
		expect(lighter.groundKey).not.toBe(again.groundKey);
	});

	it('keeps a close-up’s locator inset', () => {
		const tashkent = graphicPropsFor(editionFor(model, 'uz'), 'visit-roadmap').map;
		expect(staticViewFor(tashkent).locator).toEqual(staticMapFor(tashkent).locator);
	});
});
