// Every image the build writes (link cards and the social gallery's images, issue #22), decoded:
// each at its format's size, not blank, and with no solid black block (resvg fills a shape that
// no style reaches in black: how 20 of 44 link cards once shipped). Then the gallery of each
// edition lists every one of its images with its alt text, no page of the build carries a meta
// refresh, and `npm run screenshots` copies the gallery's images with their alt texts.
// Runs over build/ (npm run build first): npm run test:build.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PNG } from 'pngjs';
import { darkBlock } from './dark-block';

const BUILD = 'build';
const SIZES: Record<string, [number, number]> = { link: [1200, 630], square: [1080, 1080], portrait: [1080, 1350], story: [1080, 1920] };
const EDITIONS = { uz: '', 'uz-cyrl': 'uz-cyrl', ru: 'ru', en: 'en' };

function files(dir: string, test: (path: string) => boolean): string[] {
	return readdirSync(dir).flatMap((entry) => {
		const path = join(dir, entry);
		return statSync(path).isDirectory() ? files(path, test) : test(path) ? [path] : [];
	});
}

if (!existsSync(join(BUILD, 'social', 'index.html'))) throw new Error('no build/ with a social gallery: run npm run build first');
const pngs = files(BUILD, (p) => p.endsWith('.png') && !p.includes('/_app/'));

/** The format a file's name says (card.png: a link card). */
const formatOf = (path: string) => (path.endsWith('card.png') ? 'link' : /-(link|square|portrait|story)\.png$/.exec(path)?.[1]);

describe('every image in the build', () => {
	it('is one of the cards or the gallery’s images (4 editions × 8 subjects × 8, the link cards as card.png)', () => {
		expect(pngs.filter((p) => formatOf(p))).toHaveLength(4 * 8 * 8);
	});
	it.each(pngs.filter((p) => formatOf(p)).map((p) => relative(BUILD, p)))(
		'%s: its size, not blank, no solid black block',
		(path) => {
			const png = PNG.sync.read(readFileSync(join(BUILD, path)));
			expect([png.width, png.height]).toEqual(SIZES[formatOf(path)!]);
			let [sum, sq] = [0, 0];
			for (let i = 0; i < png.data.length; i += 4) {
				const y = 0.2126 * png.data[i] + 0.7152 * png.data[i + 1] + 0.0722 * png.data[i + 2];
				sum += y;
				sq += y * y;
			}
			const n = png.width * png.height;
			expect(sq / n - (sum / n) ** 2, 'the spread of brightness (none: blank)').toBeGreaterThan(200);
			expect(darkBlock(png)).toBeUndefined();
		}
	);
});

describe('the social gallery', () => {
	it.each(Object.entries(EDITIONS))('%s lists every image of its edition with its alt text, and is not indexed', (_, path) => {
		const dir = join(BUILD, path);
		const html = readFileSync(join(dir, 'social', 'index.html'), 'utf8');
		expect(html).toMatch(/<meta name="robots" content="noindex[^"]*"/);
		const listed = [...html.matchAll(/<img src="([^"]+)" alt="([^"]*)"/g)].map((m) => ({ src: m[1], alt: m[2] }));
		const own = [
			...files(join(dir, 'social'), (p) => p.endsWith('.png')),
			join(dir, 'card.png'),
			...files(join(dir, 'm'), (p) => p.endsWith('card.png'))
		].map((p) => '/' + relative(BUILD, p));
		expect(listed.map((l) => l.src).sort()).toEqual(own.sort());
		for (const { src, alt } of listed) expect(alt.length, src).toBeGreaterThan(40);
		// A build without SITE_URL says so, the setting's name as it is typed (never transliterated).
		if (/<link rel="canonical" href="http:\/\/127\.0\.0\.1/.test(readFileSync(join(dir, 'index.html'), 'utf8')))
			expect(html).toContain('(SITE_URL)');
	});
});

it('carries no meta refresh on any page (a crawler must read each page’s own card)', () => {
	for (const page of files(BUILD, (p) => p.endsWith('.html')))
		expect(readFileSync(page, 'utf8'), page).not.toMatch(/http-equiv=["']?refresh/i);
});

it('npm run screenshots copies a subset of the gallery, at their sizes, with their alt texts', () => {
	const out = mkdtempSync(join(tmpdir(), 'cards-'));
	try {
		const log = execFileSync('node', ['scripts/cards.mjs', `--out=${out}`, '--lang=ru,uz-cyrl', '--id=memorandum,story'], {
			encoding: 'utf8'
		});
		expect(log).toContain('32 images');
		for (const lang of ['ru', 'uz-cyrl'])
			for (const id of ['memorandum', 'story'])
				for (const kind of ['', '-quote'])
					for (const [format, [width, height]] of Object.entries(SIZES)) {
						const png = PNG.sync.read(readFileSync(join(out, lang, `${id}${kind}-${format}.png`)));
						expect([png.width, png.height]).toEqual([width, height]);
					}
		const alt = readFileSync(join(out, 'ru', 'alt.txt'), 'utf8');
		expect(alt).toContain('memorandum-quote-story.png\n«');
	} finally {
		rmSync(out, { recursive: true, force: true });
	}
});
