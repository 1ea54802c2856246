// The social editors' images (issue #22), as SVG before resvg draws them: every image of every
// edition sets each letter in a face that has it (no fallback glyph), a feed's picture writes its
// names at least about 28 px, a story keeps what matters out of its top 250 px and bottom 340 px,
// quote images quote verbatim, and each image has its alt text and posts that fit their platform.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
	CARD_SIZES,
	MIN_PICTURE_HEIGHT,
	cardSvg,
	pictureScale,
	quoteOf,
	quoteSvg,
	type CardFormat
} from '$lib/server/cards/card';
import { readFileSync } from 'node:fs';
import { WEIGHTS, cardFonts, type CardFonts } from '$lib/server/cards/fonts';
import { weightClass } from '$lib/server/cards/sfnt';
import { STORY_SUBJECT, galleryWords, socialSubjects, xLength } from '$lib/server/cards/social';
import { drawn } from '$lib/server/cards/text';
import { editionFor } from '$lib/server/content/edition';
import { buildModel } from '$lib/server/content/model';
import { LANGUAGES } from '$lib/i18n/languages';
import { untypeset } from '$lib/i18n/typeset';
import { edit, problems, readContentFiles } from './helpers';
import { milestoneSeo, storySeo } from '$lib/server/seo';
import { QUOTE_IMAGE_MAX, quotedFrom } from '$lib/server/content/references';

// Drawing every image of every edition takes about a second on a quiet machine; more when it is busy.
vi.setConfig({ testTimeout: 30_000 });

const model = buildModel(readContentFiles());
const ORIGIN = 'https://story.example.org';
let fonts: CardFonts;
beforeAll(async () => {
	fonts = await cardFonts();
});

/** Every image's SVG: edition, subject, kind, format. */
function* everySvg() {
	for (const lang of LANGUAGES) {
		const edition = editionFor(model, lang);
		for (const subject of socialSubjects(edition, ORIGIN, galleryWords(model, edition.lang)))
			for (const image of subject.images) {
				const id = subject.id === STORY_SUBJECT ? undefined : subject.id;
				const draw = image.kind === 'quote' ? quoteSvg : cardSvg;
				yield { lang, image, edition, id, svg: draw(edition, id, ORIGIN, fonts, CARD_SIZES[image.format]) };
			}
	}
}

const unescape = (s: string) =>
	s
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');

describe('every social image', () => {
	it('sets every letter in a face of ours that has it, in runs (no glyph from a fallback font)', () => {
		let images = 0;
		for (const { lang, image, svg } of everySvg()) {
			images += 1;
			const missing = new Set<string>();
			for (const [, family, text] of svg.matchAll(/<tspan font-family="([^"]+)">([^<]*)<\/tspan>/g))
				for (const char of unescape(text))
					if (!/\s/.test(char) && !fonts.has(family, char)) missing.add(`${char} (${family})`);
			// Letters outside a run would be set in resvg's default face, whatever it lacks.
			const bare = [...svg.matchAll(/<text\b[^>]*>([^<]+)</g)].map((m) => m[1]).filter((t) => t.trim());
			expect({ missing: [...missing], bare }, `${lang} ${image.file}`).toEqual({ missing: [], bare: [] });
		}
		expect(images).toBe(LANGUAGES.length * 8 * 8);
	});

	it('writes a feed picture’s names at least about 28 px on a card 1080 px wide', () => {
		for (const format of ['square', 'portrait', 'story'] as CardFormat[])
			expect(12 * pictureScale(CARD_SIZES[format]), format).toBeGreaterThanOrEqual(28);
		// As drawn: a map's names (place focus) and a timeline's (time focus), scaled into the card.
		const edition = editionFor(model, 'en');
		const map = cardSvg(edition, 'memorandum', ORIGIN, fonts, CARD_SIZES.square);
		const mapSizes = [...map.matchAll(/<text x="[^"]+" y="[^"]+" dy="0.35em" font-size="(\d+)"/g)].map((m) => +m[1]);
		expect(mapSizes.length).toBeGreaterThan(0);
		expect(Math.min(...mapSizes)).toBeGreaterThanOrEqual(28);
		const timeline = cardSvg(edition, undefined, ORIGIN, fonts, CARD_SIZES.square);
		const [, width, viewWidth] = /<svg x="[^"]+" y="[^"]+" width="([\d.]+)" height="[\d.]+" viewBox="0 0 ([\d.]+)/.exec(
			timeline
		)!;
		const smallest = Math.min(
			...[...timeline.matchAll(/class="row-label[^"]*"[^>]*font-size="([\d.]+)"/g)].map((m) => +m[1])
		);
		expect((smallest * +width) / +viewWidth).toBeGreaterThanOrEqual(28);
	});

	it('keeps a story’s top 250 px and bottom 340 px free of words and graphic', () => {
		for (const { image, svg } of everySvg()) {
			if (image.format !== 'story') continue;
			const top = svg.replace(/<svg x=[^>]*>[\s\S]*?<\/svg>/g, ''); // the card's own texts, not the timeline's inside its box
			for (const [, y, size] of top.matchAll(/<text x="[^"]+" y="([\d.]+)"(?: dy="[^"]+")? font-size="([\d.]+)"/g)) {
				expect(+y - +size, `${image.file}: a line's top`).toBeGreaterThanOrEqual(250);
				expect(+y + 0.3 * +size, `${image.file}: a line's foot`).toBeLessThanOrEqual(1920 - 340);
			}
			for (const [, y, height] of svg.matchAll(/<svg x="[^"]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)"/g)) {
				expect(+y, image.file).toBeGreaterThanOrEqual(250);
				expect(+y + +height, image.file).toBeLessThanOrEqual(1920 - 340);
			}
		}
	});

	it('draws every upright timeline at least as tall as a phone does (rows that hold their names)', () => {
		let timelines = 0;
		for (const { image, svg } of everySvg()) {
			if (image.format === 'link' || image.kind !== 'graphic') continue;
			for (const [, viewHeight] of svg.matchAll(
				/<svg x="[^"]+" y="[^"]+" width="[\d.]+" height="[\d.]+" viewBox="0 0 [\d.]+ ([\d.]+)/g
			)) {
				timelines += 1;
				expect(+viewHeight, image.file).toBeGreaterThanOrEqual(MIN_PICTURE_HEIGHT);
			}
		}
		expect(timelines).toBeGreaterThan(0);
		// A title that leaves its picture less room stops the build, saying what to shorten.
		const long = edit(
			readContentFiles(),
			'content/en/milestones.aml',
			'title: A memorandum in New York',
			'title: ' + 'A memorandum in New York, signed at UN Headquarters between two offices, '.repeat(2).trim()
		);
		const edition = editionFor(buildModel(long), 'en');
		expect(() => cardSvg(edition, 'memorandum', ORIGIN, fonts, CARD_SIZES.square)).toThrow(
			/1080×1080 image of "memorandum" \(en\) has no room for its graphic .* shorten its title/
		);
	});

	it('keeps the headline whole in a portrait card’s centre square (a profile grid’s thumbnail)', () => {
		for (const { image, svg } of everySvg()) {
			if (image.format !== 'portrait' || image.kind !== 'graphic') continue;
			const titles = [...svg.matchAll(/<text x="[^"]+" y="([\d.]+)" font-size="([\d.]+)"[^>]*font-weight="700"/g)];
			expect(titles.length, image.file).toBeGreaterThan(0);
			const crop = { top: (1350 - 1080) / 2, bottom: (1350 + 1080) / 2 };
			for (const [, y, size] of titles) {
				expect(+y - +size, image.file).toBeGreaterThanOrEqual(crop.top);
				expect(+y + 0.3 * +size, image.file).toBeLessThanOrEqual(crop.bottom);
			}
		}
	});

	it('quotes the interview verbatim in the edition’s language, with the speaker and the step’s date', () => {
		for (const lang of LANGUAGES) {
			const edition = editionFor(model, lang);
			for (const id of [undefined, ...edition.steps.map((s) => s.id)]) {
				const q = quoteOf(edition, id)!;
				const svg = quoteSvg(edition, id, ORIGIN, fonts, CARD_SIZES.portrait);
				// Each line's runs joined, the lines with a space.
				const lines = [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) => m[1].replace(/<[^>]+>/g, ''));
				const text = unescape(lines.join(' ')).replace(/\s+/g, ' ');
				const words = (s: string) => drawn(untypeset(s)).split(/\s+/);
				for (const word of words(q.quote)) expect(text, `${lang} ${id}`).toContain(word);
				for (const word of words(edition.copy.speaker)) expect(text).toContain(word);
				if (id) for (const word of words(q.when)) expect(text).toContain(word);
			}
		}
	});
});

describe('the gallery’s list of images and posts', () => {
	it('gives every image its alt text, and the story and each step their posts, X’s within 280', () => {
		for (const lang of LANGUAGES) {
			const subjects = socialSubjects(editionFor(model, lang), ORIGIN, galleryWords(model, lang));
			expect(subjects.map((s) => s.id)[0]).toBe(STORY_SUBJECT);
			for (const s of subjects) {
				expect(s.images).toHaveLength(8);
				for (const image of s.images) expect(image.alt.length, image.file).toBeGreaterThan(40);
				expect(xLength(s.posts.x), `${lang} ${s.id}`).toBeLessThanOrEqual(280);
				for (const [platform, post] of Object.entries(s.posts))
					if (platform === 'instagram') expect(post, 'a caption: no link, a pointer to one').not.toContain('http');
					else expect(post, platform).toContain(s.url);
				// Every post but WhatsApp's short one credits the agency.
				for (const platform of ['x', 'telegram', 'facebook', 'instagram'] as const)
					expect(s.posts[platform]).toMatch(/Dunyo|Дунё|Дунё/);
			}
		}
	});
	it('writes the Uzbek Cyrillic edition’s posts and gallery in Cyrillic, the platforms’ names as they write them', () => {
		const words = galleryWords(model, 'uz-cyrl');
		expect(words.postCredit).toBe('Интервью: «Дунё» ахборот агентлиги');
		expect(words.platforms.facebook).toBe('Facebook, LinkedIn');
		expect(words.formats.story).toBe('Stories');
		for (const s of socialSubjects(editionFor(model, 'uz-cyrl'), ORIGIN, words)) {
			for (const platform of ['x', 'telegram', 'facebook', 'instagram'] as const) {
				expect(s.posts[platform]).toContain('«Дунё»');
				expect(s.posts[platform]).not.toMatch(/Dunyo|Intervyu|Havola/);
			}
		}
	});
	it('describes each image by what it draws: an upright graphic card pictures one graphic', () => {
		const edition = editionFor(model, 'en');
		const subjects = socialSubjects(edition, ORIGIN, galleryWords(model, edition.lang));
		const image = (subject: string, format: string) =>
			subjects.find((s) => s.id === subject)!.images.find((i) => i.kind === 'graphic' && i.format === format)!;
		// The memorandum's step pictures its map (a new place), the story's its timeline (the recap).
		expect(image('memorandum', 'link').alt).toMatch(/Timeline.*Map:/);
		expect(image('memorandum', 'square').alt).not.toMatch(/Timeline/);
		expect(image('memorandum', 'square').alt).toMatch(/Map:/);
		expect(image('story', 'portrait').alt).toMatch(/timeline, 2021–2026: Memorandum/);
		expect(image('story', 'portrait').alt).not.toMatch(/every milestone/);
		// A year that is our reading said in words, not with its asterisk.
		expect(image('expert-council', 'square').alt).toMatch(/\(May 2024 \(year: our reading\)\)/);
		// A whole-story picture names every milestone it draws with its date and precision; the
		// undated ones only where their lane is drawn (the link card).
		expect(image('story', 'portrait').alt).toMatch(/Memorandum [—–] 5 December 2023 \(day\)/);
		expect(image('story', 'portrait').alt).toMatch(/Expert council [—–] May 2024 \(month; year: our reading\)/);
		expect(image('story', 'portrait').alt).not.toMatch(/Early warning network/);
		expect(image('story', 'link').alt).toMatch(/Early warning network [—–] no date given/i);
		// A title that says its date is not followed by it again.
		expect(image('national-strategy', 'square').alt).not.toMatch(/2021–2026 \(2021–2026\)/);
		// A quote's alt says its date in words and, in a translation, that the words are ours.
		const quote = subjects.find((s) => s.id === 'expert-council')!.images.find((i) => i.kind === 'quote')!;
		expect(quote.alt).toMatch(/May 2024 \(year: our reading\)/);
		expect(quote.alt).toContain('our translation from the Uzbek');
		expect(image('story', 'portrait').alt).not.toMatch(/Map:/);
	});
	it('counts a link as 23 characters, as X does', () => {
		expect(xLength('abc https://story.example.org/a/very/long/path/that/is/long')).toBe(4 + 23);
	});
});

describe('the quote and publisher settings in copy.aml', () => {
	const files = readContentFiles();
	const EN = 'content/en/copy.aml';
	it('takes a story quote only if the paragraph it names says it verbatim', () => {
		expect(problems(edit(files, EN, 'storyQuoteFrom: P10', 'storyQuoteFrom: P9')).join('\n')).toMatch(
			/content\/en\/copy\.aml.*storyQuote.*verbatim in P9/
		);
		expect(problems(edit(files, EN, 'as a catalyst for strengthening', 'as a driver of')).join('\n')).toMatch(
			/storyQuote/
		);
		expect(problems(edit(files, EN, 'storyQuoteFrom: P10', 'storyQuoteFrom: P99')).join('\n')).toMatch(
			/storyQuoteFrom/
		);
	});
	it('cuts a long quote for its image only with words of the paragraph, "…" where words are left out', () => {
		const MS = 'content/en/milestones.aml';
		const cut = 'The event made it possible … to discuss opportunities';
		// Found in order, the pieces between "…": a cut; out of order or changed: none.
		expect(quotedFrom('The event made it possible to present the work, and to discuss opportunities to act', cut)).toBe(
			true
		);
		expect(quotedFrom('to discuss opportunities. The event made it possible', cut)).toBe(false);
		expect(
			problems(edit(files, MS, 'made it possible … to discuss', 'made it possible … to debate')).join('\n')
		).toMatch(/december-briefing.*shareQuote.*verbatim/);
		// A quote too long for its image, with no cut of it: the editor is told to cut it.
		expect(problems(edit(files, MS, /\nshareQuote: The event made it possible[^\n]*/, '')).join('\n')).toMatch(
			/december-briefing.*quote.*at most 180 characters/
		);
		// The image sets the cut, not the whole quote.
		const briefing = quoteOf(editionFor(model, 'en'), 'december-briefing')!;
		expect(briefing.quote).toContain('made it possible\u00a0… to discuss');
		expect(briefing.quote.length).toBeLessThanOrEqual(QUOTE_IMAGE_MAX + 2);
	});
	it('writes twitter:site only for a publisher with an account, and takes only an @name', () => {
		const edition = (input: Record<string, string>) => editionFor(buildModel(input), 'en');
		expect(storySeo(edition(files), ORIGIN)).not.toHaveProperty('twitterSite');
		const withAccount = edit(files, EN, '\npublished:', '\ntwitterSite: @dunyo_news\npublished:');
		expect(storySeo(edition(withAccount), ORIGIN).twitterSite).toBe('@dunyo_news');
		expect(milestoneSeo(edition(withAccount), ORIGIN, 'memorandum').twitterSite).toBe('@dunyo_news');
		expect(
			problems(edit(files, EN, '\npublished:', '\ntwitterSite: https://x.com/dunyo\npublished:')).join('\n')
		).toMatch(/twitterSite/);
	});
});

describe('the cards’ weights', () => {
	it('has a static instance per weight, its weight class set and its letters wider as it gets bolder (resvg draws a variable font at its default)', () => {
		for (const file of fonts.files)
			expect(weightClass(new Uint8Array(readFileSync(file))), file).toBe(Number(/-(\d{3})-/.exec(file)![1]));
		expect(fonts.files).toHaveLength(2 * 4 * WEIGHTS.length);
		for (const kind of ['sans', 'serif'] as const) {
			const [regular, medium, bold] = WEIGHTS.map((w) => fonts.width('Memorandum Ташкент', kind, 30, w));
			expect(medium, kind).toBeGreaterThan(regular);
			expect(bold, kind).toBeGreaterThan(medium);
		}
	});
});
