// An editor changes the graphics by editing one content file: the map's
// highlighted countries, a map view, a timeline's time domain. Each test makes
// such an edit, builds the model from it, renders the story page on the server
// as the prerender does, and sees the page change.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { buildModel } from '$lib/server/content/model';
import { editionFor } from '$lib/server/content/edition';
import { staticMapFor } from '$lib/graphics/map/fallback.server';
import { graphicPropsFor, openingMapView } from '$lib/story/graphic-state';
import { storyPageData } from '$lib/server/story-page-data';
import StoryPage from '$lib/story/StoryPage.svelte';
import { edit, readContentFiles } from './helpers';

/** The prerendered body of the Uzbek page, from these content files. */
function page(files: Record<string, string>): string {
	return render(StoryPage, { props: storyPageData(buildModel(files), 'uz') }).body;
}
/** The sticky graphic's markup (the opening, before the first step: the overview timeline, the opening's map). */
const graphic = (html: string) => /<figure class="graphic[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
/** The names written on the map. */
const mapNames = (html: string) => [...graphic(html).matchAll(/data-label="[^"]+">([^<]+)</g)].map((m) => m[1]);
/** The address of the map's ground picture (src/routes/map/[view].svg), with the key of its drawing. */
const groundSrc = (html: string) => /<img src="([^"]+\.svg\?v=[0-9a-f]+)"/.exec(graphic(html))?.[1];
/** The d attribute of the highlighted countries' path in the ground picture the build draws from these files. */
const highlight = (files: Record<string, string>) =>
	staticMapFor(graphicPropsFor(editionFor(buildModel(files), 'uz'), undefined).map).highlight;
/** The year labels on the timeline's axis. */
const years = (html: string) => [...graphic(html).matchAll(/class="[^"]*\byear">(\d{4})</g)].map((m) => m[1]);

const original = page(readContentFiles());
/** The content opening on the Central Asia map (an editor's edit of content/milestones.aml). */
const openOnRegion = () =>
	edit(readContentFiles(), 'content/milestones.aml', /openingMap: [a-z-]+/, 'openingMap: central-asia');

describe('the built page follows content', () => {
	it('renders the opening as the reader sees it (the baseline the edits change)', () => {
		const model = buildModel(readContentFiles());
		expect(graphic(original)).toContain(`data-map-view="${model.opening.map}"`);
		expect(graphic(original)).toContain(`data-view="${model.opening.view}"`);
		expect(graphic(original)).toContain('data-active-step=""');
		expect(mapNames(original)).toEqual(openingMapView(editionFor(model, 'uz')).markers.map((m) => m.name));
		expect(mapNames(original).length).toBeGreaterThan(0);
		expect(groundSrc(original)).toMatch(new RegExp(`/map/${model.opening.map}\\.svg\\?v=`));
		expect(highlight(readContentFiles())).toBeTruthy();
		expect(years(original)).toEqual(['2021', '2022', '2023', '2024', '2025', '2026']);
	});

	it('opens on another map view when content/milestones.aml says so (openingMap)', () => {
		const html = page(openOnRegion());
		expect(graphic(html)).toContain('data-map-view="central-asia"');
		expect(mapNames(html)).toContain('Qozogʻiston');
		expect(groundSrc(html)).toMatch(/\/map\/central-asia\.svg\?v=/);
		expect(highlight(openOnRegion())).not.toBe(highlight(readContentFiles()));
	});

	it("drops a country from Central Asia's members in content/places.aml: the map no longer names or fills it", () => {
		const before = openOnRegion();
		const files = edit(before, 'content/places.aml', /members: kazakhstan, /, 'members: ');
		const html = page(files);
		expect(mapNames(html)).not.toContain('Qozogʻiston');
		expect(mapNames(html)).toContain('Oʻzbekiston');
		expect(highlight(files)).toBeTruthy();
		expect(highlight(files)).not.toBe(highlight(before));
		// The page asks for the new picture, not a cached old one.
		expect(groundSrc(html)).toBeTruthy();
		expect(groundSrc(html)).not.toBe(groundSrc(page(before)));
	});

	it("changes a map view's box in content/map.aml: the map is drawn at another scale", () => {
		const before = openOnRegion();
		const files = edit(
			before,
			'content/map.aml',
			/(id: central-asia\ncenter: [^\n]*\n)fit: [^\n]*/,
			'$1fit: 60, 38, 75, 46'
		);
		expect(highlight(files)).not.toBe(highlight(before));
		expect(groundSrc(page(files))).not.toBe(groundSrc(page(before)));
	});

	it('moves the overview time domain in content/timeline.aml: the axis shows other years', () => {
		const files = edit(readContentFiles(), 'content/timeline.aml', 'from: 2021-01-01', 'from: 2019-01-01');
		expect(years(page(files))).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026']);
	});
});
