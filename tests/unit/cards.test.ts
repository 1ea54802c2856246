// The share cards' building blocks (issue #9): the site's address setting,
// the link-preview tags' values, the fonts made for resvg (renamed subsets,
// their characters and widths), text wrapping and font runs, and one card
// rendered to PNG at each size.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { decompress } from 'wawoff2';
import { Resvg } from '@resvg/resvg-js';
import { LOCAL_ORIGIN, siteOrigin } from '$lib/site.js';
import { familyName, fontMetrics, renameFamily } from '$lib/server/cards/sfnt';
import { drawn, fitLines, svgRuns, wrapLines } from '$lib/server/cards/text';
import { cardFonts } from '$lib/server/cards/fonts';
import { CARD_SIZES, cardPng, cardSvg } from '$lib/server/cards/card';
import { localeAlternates, milestoneSeo, storySeo } from '$lib/server/seo';
import { editionFor } from '$lib/server/content/edition';
import { graphicPropsFor, markedWhen } from '$lib/story/graphic-state';
import { PRECISION_COLOURS } from '$lib/graphics/timeline/precision';
import { buildModel } from '$lib/server/content/model';
import { readContentFiles } from './helpers';

const model = buildModel(readContentFiles());
const require = createRequire(import.meta.url);

describe('the site address (SITE_URL)', () => {
	it('defaults to the local test server, and takes an origin', () => {
		expect(siteOrigin({})).toBe(LOCAL_ORIGIN);
		expect(siteOrigin({ SITE_URL: 'https://story.example.org/' })).toBe('https://story.example.org');
	});
	it('stops a production build without it, and refuses a path or a non-http address', () => {
		expect(() => siteOrigin({ DEPLOY: 'production' })).toThrow(/SITE_URL is not set/);
		expect(() => siteOrigin({ SITE_URL: 'https://example.org/story' })).toThrow(/without a path/);
		expect(() => siteOrigin({ SITE_URL: 'ftp://example.org' })).toThrow(/http/);
		expect(() => siteOrigin({ SITE_URL: 'example.org' })).toThrow(/address/);
	});
});

describe('link-preview values', () => {
	it('names the other editions’ locales once each, never its own', () => {
		expect(localeAlternates('uz')).toEqual(['ru_RU', 'en_GB']);
		expect(localeAlternates('uz-cyrl')).toEqual(['ru_RU', 'en_GB']);
		expect(localeAlternates('ru')).toEqual(['uz_UZ', 'en_GB']);
	});
	it('points a share page’s canonical at the story’s step and its og:url at itself', () => {
		const seo = milestoneSeo(editionFor(model, 'ru'), 'https://s.example', 'memorandum');
		expect(seo.canonical).toBe('https://s.example/ru/#memorandum');
		expect(seo.url).toBe('https://s.example/ru/m/memorandum/');
		expect(seo.image.url).toBe('https://s.example/ru/m/memorandum/card.png');
		expect(seo.alternates.at(-1)).toEqual({ hreflang: 'x-default', href: 'https://s.example/m/memorandum/' });
		expect(storySeo(editionFor(model, 'uz'), 'https://s.example').image.url).toBe('https://s.example/card.png');
	});
	it('titles a milestone’s link preview with its share title, not the site’s name (issue #22)', () => {
		for (const lang of ['uz', 'uz-cyrl', 'ru', 'en'] as const) {
			const ed = editionFor(model, lang);
			const { title, description } = milestoneSeo(ed, 'https://s.example', 'expert-council');
			const step = ed.steps.find((s) => s.id === 'expert-council')!;
			expect(title).toBe(step.share?.title);
			expect(description).toBe(step.share?.text);
			expect(title).not.toContain(ed.copy.publisher);
			// The year of P7's May is our reading: the description says so (it has no key to a *).
			expect(description).toContain('2024');
		}
	});
});

describe('fonts for resvg', () => {
	const woff2 = (file: string) => readFileSync(require.resolve(`@fontsource-variable/inter/files/${file}`));

	it('gives a subset a family of its own and keeps its glyphs', async () => {
		const ttf = await decompress(woff2('inter-latin-wght-normal.woff2'));
		expect(familyName(ttf)).toBe('Inter');
		const renamed = renameFamily(ttf, 'Card Sans latin');
		expect(familyName(renamed)).toBe('Card Sans latin');
		const m = fontMetrics(renamed);
		// oʻ gʻ ʼ are in the Latin subset; Cyrillic is not.
		for (const c of ['A', 'ʻ', 'ʼ', '“']) expect(m.has(c), c).toBe(true);
		expect(m.has('Ж')).toBe(false);
		expect(m.advance('W')).toBeGreaterThan(m.advance('i'));
		expect(fontMetrics(ttf).advance('W')).toBe(m.advance('W'));
	});

	it('writes each character in the subset that has it', async () => {
		const fonts = await cardFonts();
		expect(fonts.faceFor('a', 'serif').family).toBe('Card Serif latin');
		expect(fonts.faceFor('ж', 'serif').family).toBe('Card Serif cyrillic');
		expect(fonts.faceFor('қ', 'sans').family).toBe('Card Sans cyrillic-ext');
		expect(fonts.width('Тошкент', 'sans', 20)).toBeGreaterThan(fonts.width('Тош', 'sans', 20));
	});
});

describe('text for the cards', () => {
	const width = (t: string) => t.length * 10;
	it('wraps at word boundaries within the width', () => {
		expect(wrapLines('one two three four', 90, width)).toEqual(['one two', 'three', 'four']);
		expect(wrapLines('unbreakableword', 50, width)).toEqual(['unbreakableword']);
	});
	it('takes the largest size that fits, else cuts with an ellipsis', () => {
		const sized = (t: string, s: number) => t.length * s;
		expect(fitLines('aa bb cc', 60, 1, [10, 7], sized)).toEqual({ size: 7, lines: ['aa bb cc'] });
		expect(fitLines('aa bb cc dd', 40, 1, [10], sized).lines).toEqual(['aa…']);
	});
	it('splits a line into runs by font and escapes it', () => {
		const family = (c: string) => (/[а-я]/.test(c) ? 'C' : 'L');
		expect(svgRuns('5 мая <b>', family)).toBe(
			'<tspan font-family="L">5 </tspan><tspan font-family="C">мая </tspan><tspan font-family="L">&lt;b&gt;</tspan>'
		);
	});
});

describe('a card', () => {
	const ed = editionFor(model, 'uz-cyrl');
	// The card draws the typeset words as its fonts can (drawn: a non-breaking hyphen as a hyphen).
	const textOf = (svg: string) => svg.replace(/<[^>]+>/g, '');
	const stepOf = (id: string) => ed.steps.find((s) => s.id === id)!;

	it('shows the milestone’s date and title, the credit and the address, with the graphic in that state', async () => {
		const svg = cardSvg(ed, 'memorandum', 'https://s.example', await cardFonts());
		const text = textOf(svg);
		const step = stepOf('memorandum');
		for (const word of drawn(step.title).split(' ')) expect(text).toContain(word);
		// The date as the text gives it (a day: no marker), then the place.
		expect(text).toContain(drawn(`${step.whenLabel} · ${step.placeNames[0]}`));
		expect(text).toContain('s.example/uz-cyrl');
		// A build without SITE_URL (the local test server's origin) prints no address: no card advertises 127.0.0.1.
		const local = textOf(cardSvg(ed, 'memorandum', LOCAL_ORIGIN, await cardFonts()));
		expect(local).not.toContain(new URL(LOCAL_ORIGIN).host);
		expect(local).toContain(drawn(step.placeNames[0]));
		// The timeline's marks, with this step's highlighted and the part told in it (the frameworks' chip)…
		expect(svg).toMatch(/class="mark point[^"]*\bon\b[^"]*" data-mark="memorandum"/);
		expect(svg).not.toMatch(/class="mark [^"]*\bon\b[^"]*" data-mark="(?!memorandum)/);
		expect(svg).toMatch(/class="chip[^"]*\bon\b[^"]*" data-mark="frameworks"/);
		expect(svg).not.toMatch(/class="chip[^"]*\bon\b[^"]*" data-mark="(?!frameworks)/);
		// …and the map's view with its places.
		expect(text).toContain('Нью-Йорк');
	});

	it('gives the story’s card the span the interview dates and its cities, not the day the page was published (editor, 2026-12-07)', async () => {
		const fonts = await cardFonts();
		const text = textOf(cardSvg(ed, undefined, 'https://s.example', fonts));
		// Its lines as drawn: each date and name whole on a line (AUDIT-6 O-1: not "New / York").
		const lines = [...cardSvg(ed, undefined, 'https://s.example', fonts).matchAll(/<text[^>]*>(.*?)<\/text>/g)].map(
			(m) => drawn(m[1].replace(/<[^>]+>/g, ''))
		);
		const [memo, dec] = [drawn(stepOf('memorandum').whenLabel), drawn(stepOf('december-briefing').whenLabel)];
		expect(lines.join(' ').replace(/\u00a0/g, ' ')).toContain(
			// The language's dash between two dates (AUDIT round 14, O-3: " — " in Uzbek and Russian).
			`${memo} — ${dec} · Нью-Йорк · Тошкент`.replace(/\u00a0/g, ' ')
		);
		for (const whole of [memo, dec, 'Нью-Йорк'])
			expect(
				lines.some((l) => l.replace(/\u00a0/g, ' ').includes(whole.replace(/\u00a0/g, ' '))),
				whole
			).toBe(true);
		expect(text).not.toContain(drawn(ed.publishedLabel));
	});

	it('marks a year that is our reading “2024*”, and gives the recap no date (F-B, S-1)', async () => {
		const fonts = await cardFonts();
		const council = stepOf('expert-council');
		expect(council.basis).toBe('no-year');
		expect(textOf(cardSvg(ed, 'expert-council', 'https://s.example', fonts))).toContain(
			drawn(`${council.whenLabel}* · ${council.placeNames[0]}`)
		);
		expect(drawn(markedWhen(council))).toBe(drawn(`${council.whenLabel}*`));
		// “This year” in an interview that sums up 2024 is 2024, unmarked.
		const visit = stepOf('visit-roadmap');
		expect(visit.basis).toBe('this-year');
		expect(textOf(cardSvg(ed, 'visit-roadmap', 'https://s.example', fonts))).toContain(
			drawn(`${visit.whenLabel} · ${visit.placeNames[0]}`)
		);
		// The recap gathers the others: its card names its places, with no date of its own.
		const closing = stepOf('closing');
		expect(closing.whenLabel).toBe('');
		expect(textOf(cardSvg(ed, 'closing', 'https://s.example', fonts))).toContain(drawn(closing.placeNames.join(' · ')));
		expect(textOf(cardSvg(ed, 'closing', 'https://s.example', fonts))).not.toContain(ed.ui.precision.undated);
	});

	it('keys the "*" where the card draws an inferred year, and carries the map’s legend (AUDIT-2 F-4)', async () => {
		const fonts = await cardFonts();
		const key = drawn(`* ${ed.ui.inferredMark}`);
		// Wherever the card's timeline draws a year that is our reading (hatched, in view), or its date
		// has the "*": every card of this story, whose every view holds the council's May and the
		// cybersecurity year (AUDIT-7 F-2: the strategy's and the story's cards drew them unkeyed).
		const hatchedInView = (id: string | undefined) => {
			const { items, axis } = graphicPropsFor(ed, id ?? 'closing').timeline;
			return items.some(
				(i) => i.lane === 'dated' && i.inferred && i.period.start < axis.to && i.period.end > axis.from
			);
		};
		for (const id of [undefined, ...ed.steps.map((s) => s.id)]) {
			expect(hatchedInView(id), String(id)).toBe(true);
			expect(textOf(cardSvg(ed, id, 'https://s.example', fonts)), String(id)).toContain(key);
			// The key shows the hatching it explains, as the page's does (AUDIT round 9, F-2).
			expect(cardSvg(ed, id, 'https://s.example', fonts), String(id)).toMatch(
				/class="key-hatch"[^>]*\/>\s*<rect [^>]*fill="url\(#card-hatch\)"/
			);
		}
		// "Central Asia: five states (our reading)" wherever the map fills the region; not on the world.
		const council = ed.mapViews.find((v) => v.id === stepOf('expert-council').map)!;
		expect(council.legend).toBeTruthy();
		expect(textOf(cardSvg(ed, 'expert-council', 'https://s.example', fonts))).toContain(drawn(council.legend!));
		expect(ed.mapViews.find((v) => v.id === stepOf('memorandum').map)!.legend).toBeFalsy();
	});

	it('outlines an active inferred mark in its precision’s colour, not in ink (as the page does)', async () => {
		const svg = cardSvg(ed, 'expert-council', 'https://s.example', await cardFonts());
		const rules = svg.match(/\.mark\.active\.inferred\.precision-month rect \{ stroke: ([^;]+);/);
		expect(rules?.[1]).toBe(PRECISION_COLOURS.month);
		expect(svg).toMatch(/class="mark [^"]*precision-month[^"]*\bactive\b[^"]*\binferred\b/);
	});

	it('draws a map name’s halo under the whole name, not run by run (uz-cyrl ғ, қ: AUDIT-3 O-1)', async () => {
		const svg = cardSvg(ed, 'expert-council', 'https://s.example', await cardFonts());
		// A run's halo painted over the run before it erased half a letter ("Қозсғистон"): each name
		// is drawn twice, its halo first (stroked), then its letters (no stroke).
		const view = graphicPropsFor(ed, 'expert-council').map;
		expect(view.markers.some((m) => /[ғқҳ]/.test(m.name))).toBe(true);
		const texts = [...svg.matchAll(/<text ([^>]*)>((?:<tspan[^>]*>[^<]*<\/tspan>)+)<\/text>/g)];
		for (const m of view.markers) {
			const drawnAs = texts.filter((t) => t[2].replace(/<[^>]+>/g, '') === drawn(m.name));
			expect(
				drawnAs.map((t) => /\bstroke=/.test(t[1])),
				m.name
			).toEqual([true, false]);
		}
	});

	// Every state the cards draw: a day, an inferred month, a step with an inferred part, the overview's range
	// (with the detail window), the recap, and the story's own card (no id: the recap's graphic).
	const states = ['memorandum', 'visit-roadmap', 'training-programme', 'national-strategy', 'closing', undefined];

	it('styles every classed shape of the graphic (resvg fills a shape it has no rule for black)', async () => {
		for (const id of states) {
			const svg = cardSvg(ed, id, 'https://s.example', await cardFonts());
			const styled = new Set(
				[...(/<style>([^<]*)<\/style>/.exec(svg)?.[1] ?? '').matchAll(/\.([\w-]+)/g)].map((m) => m[1])
			);
			const unstyled = [...svg.matchAll(/<(rect|circle|path|text|line)\b([^>]*)\bclass="([^"]*)"([^>]*)>/g)]
				.filter(([, , before, , after]) => !/\bfill=/.test(before + after))
				.map(([, tag, , classes]) => ({
					tag,
					classes: classes.split(/\s+/).filter((c) => c && !c.startsWith('svelte-'))
				}))
				.filter(({ classes }) => classes.length > 0 && !classes.some((c) => styled.has(c)));
			expect(unstyled, `${id}: classed shapes with no rule in the card's <style>`).toEqual([]);
		}
	});

	it('draws nothing black: every shape, classed or inside a classed group, has its colour (AUDIT-2 O-A)', async () => {
		const fonts = await cardFonts();
		for (const id of states) {
			const svg = cardSvg(ed, id, 'https://s.example', fonts);
			const image = new Resvg(svg, {
				font: { fontFiles: fonts.files, loadSystemFonts: false, defaultFontFamily: 'Card Sans latin' }
			}).render();
			const px = image.pixels;
			let black = 0;
			// The darkest colour of the story is its ink, #1c1b19; resvg's default fill is #000.
			for (let i = 0; i < px.length; i += 4) if (px[i + 3] > 0 && Math.max(px[i], px[i + 1], px[i + 2]) < 12) black++;
			expect(black, `${id ?? 'the story'}: black pixels`).toBe(0);
		}
	});

	it.each(Object.entries(CARD_SIZES))('renders to a PNG of the %s size', async (_, size) => {
		const png = Buffer.from(await cardPng(ed, 'expert-council', 'https://s.example', size));
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual(size);
	});
});
