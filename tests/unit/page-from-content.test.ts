// An editor changes the graphics by editing one content file: the map's
// highlighted countries, a map view, a timeline's time domain. Each test makes
// such an edit, builds the model from it, renders the story page on the server
// as the prerender does, and sees the page change.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { buildModel } from '$lib/content/model';
import { storyPageData } from '$lib/story/page-data';
import StoryPage from '$lib/story/StoryPage.svelte';
import { edit, readContentFiles } from './helpers';

/** The prerendered body of the Uzbek page, from these content files. */
function page(files: Record<string, string>): string {
	return render(StoryPage, { props: storyPageData(buildModel(files), 'uz') }).body;
}
/** The sticky graphic's markup (the first step: Central Asia, overview timeline). */
const graphic = (html: string) => /<figure class="graphic[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
/** The names written on the map. */
const mapNames = (html: string) => [...graphic(html).matchAll(/data-label="[^"]+">([^<]+)</g)].map((m) => m[1]);
/** The d attribute of the highlighted countries' path. */
const highlight = (html: string) => /<path class="highlight[^"]*" d="([^"]+)"/.exec(graphic(html))?.[1];
/** The year labels on the timeline's axis. */
const years = (html: string) => [...graphic(html).matchAll(/class="[^"]*\byear">(\d{4})</g)].map((m) => m[1]);

const original = page(readContentFiles());

describe('the built page follows content', () => {
	it('renders the first step as the reader sees it (the baseline the edits change)', () => {
		expect(graphic(original)).toContain('data-map-view="central-asia"');
		expect(mapNames(original)).toContain('Qozogʻiston');
		expect(highlight(original)).toBeTruthy();
		expect(years(original)).toEqual(['2021', '2022', '2023', '2024', '2025', '2026']);
	});

	it("drops a country from Central Asia's members in content/places.aml: the map no longer names or fills it", () => {
		const files = edit(readContentFiles(), 'content/places.aml', /members: kazakhstan, /, 'members: ');
		const html = page(files);
		expect(mapNames(html)).not.toContain('Qozogʻiston');
		expect(mapNames(html)).toContain('Oʻzbekiston');
		expect(highlight(html)).toBeTruthy();
		expect(highlight(html)).not.toBe(highlight(original));
	});

	it("changes a map view's box in content/map.aml: the map is drawn at another scale", () => {
		const files = edit(readContentFiles(), 'content/map.aml', 'fit: 46.5, 35.1, 87.3, 55.4', 'fit: 60, 38, 75, 46');
		expect(highlight(page(files))).not.toBe(highlight(original));
	});

	it('moves the overview time domain in content/timeline.aml: the axis shows other years', () => {
		const files = edit(readContentFiles(), 'content/timeline.aml', 'from: 2021-01-01', 'from: 2019-01-01');
		expect(years(page(files))).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026']);
	});
});
