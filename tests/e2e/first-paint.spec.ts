// What a story page asks for before its first paint (issue #12), read from the
// built pages: no page preloads its JavaScript (the story reads without it, and
// on a slow connection the script would share the first paint's bandwidth; the
// boot script at the end of <body> fetches it), and each edition preloads only
// the font files its first screen sets text in — the Latin editions no
// Cyrillic file for the two words of the language switch.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page, type Request } from '@playwright/test';

/** Every built HTML page under `dir`. */
function pages(dir = 'build'): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return pages(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

/** The font files a page preloads, by their names without the build's hash ("serif-latin"). */
const fontPreloads = (html: string) =>
	[...html.matchAll(/<link rel="preload" as="font"[^>]*href="[^"]*\/([a-z-]+)\.[\w-]+\.woff2"/g)]
		.map((m) => m[1])
		.sort();

test.describe('the built pages', () => {
	test.beforeEach(() => test.skip(test.info().project.name !== 'laptop', 'a check of build/: once is enough'));

	test('no built page preloads JavaScript', () => {
		const all = pages();
		expect(all.length).toBeGreaterThan(50);
		for (const file of all) {
			const html = readFileSync(file, 'utf8');
			expect(html, file).not.toMatch(/rel="modulepreload"/);
			expect(html, file).not.toMatch(/<link[^>]*rel="preload"[^>]*as="script"/);
		}
	});

	test('each edition preloads the fonts of its first screen, and the Latin ones no Cyrillic', () => {
		const story = (path: string) => readFileSync(join('build', path, 'index.html'), 'utf8');
		const latin = ['sans-latin', 'serif-latin'];
		// The Cyrillic editions: their letters, and the Latin file's digits and punctuation.
		const cyrillic = ['sans-cyrillic', 'serif-cyrillic', 'sans-latin-core', 'serif-latin-core'];
		expect(fontPreloads(story('.'))).toEqual(latin);
		expect(fontPreloads(story('en'))).toEqual(latin);
		expect(fontPreloads(story('ru'))).toEqual(cyrillic.sort());
		expect(fontPreloads(story('uz-cyrl'))).toEqual([...cyrillic, 'sans-cyrillic-ext', 'serif-cyrillic-ext'].sort());
	});
});

test('before (and without) JavaScript, a phone shows the timelines’ text near its real size', async ({ browser }) => {
	test.skip(test.info().project.name !== 'phone', 'the server draws for a phone’s box');
	const context = await browser.newContext({ viewport: { width: 375, height: 812 }, javaScriptEnabled: false });
	const page = await context.newPage();
	for (const path of ['/', '/ru/']) {
		await page.goto(path);
		// The server's drawing is scaled to fit its box ("meet"): the scale its text is drawn at.
		const scales = await page.locator('.timeline svg[viewBox]').evaluateAll((svgs) =>
			svgs.map((svg) => {
				const [, , w, h] = (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
				const box = svg.getBoundingClientRect();
				return Math.min(box.width / w, box.height / h);
			})
		);
		// The one timeline: the sticky graphic's, in its opening state.
		expect(scales.length, path).toBe(1);
		for (const scale of scales) expect(scale, path).toBeGreaterThan(0.9);
	}
	await context.close();
});

/** The font files (names without the build's hash) a page fetches when read to its end, the interview opened. */
async function fontsReadToTheEnd(page: Page, path: string): Promise<string[]> {
	const fonts: string[] = [];
	const onRequest = (request: Request) => {
		const name = request.url().match(/\/([a-z-]+)\.[\w-]+\.woff2$/)?.[1];
		if (name) fonts.push(name);
	};
	page.on('requestfinished', onRequest);
	await page.goto(path, { waitUntil: 'networkidle' });
	// Every part of the page drawn: the scrolly, the notes, the table, the interview opened, the credits.
	await page
		.locator('.interview details')
		.evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
	// A screen at a time, each laid out (so its text asks for its fonts), to the end. Bounded, and
	// a frame that does not come (a busy machine) is waited for a second at most: a run that does
	// not reach the end, or whose fonts do not settle, fails here saying where it stopped.
	const read = await page.evaluate(async () => {
		const wait = (ms: number) => new Promise((resolve) => setTimeout(() => resolve('late'), ms));
		const frame = () => Promise.race([new Promise((resolve) => requestAnimationFrame(resolve)), wait(1000)]);
		const end = () => document.documentElement.scrollHeight - 1;
		const limit = 3 * Math.ceil(document.documentElement.scrollHeight / window.innerHeight) + 10;
		let screens = 0;
		while (window.scrollY + window.innerHeight < end() && screens < limit) {
			window.scrollBy({ top: window.innerHeight, behavior: 'instant' });
			await frame();
			await frame();
			screens++;
		}
		const settled = (await Promise.race([document.fonts.ready.then(() => 'ready'), wait(10_000)])) === 'ready';
		return {
			atEnd: window.scrollY + window.innerHeight >= end(),
			where: `${Math.round(window.scrollY)} + ${window.innerHeight} of ${end() + 1} px after ${screens} screens`,
			settled,
			loading: [...document.fonts].filter((f) => f.status === 'loading').map((f) => f.family)
		};
	});
	expect(read.atEnd, `${path}: read to ${read.where}`).toBe(true);
	expect(read.settled, `${path}: fonts still loading: ${read.loading.join(', ')}`).toBe(true);
	await page.waitForLoadState('networkidle');
	page.off('requestfinished', onRequest);
	return [...new Set(fonts)].sort();
}

test('a Latin edition fetches no Cyrillic font file, read to its end', async ({ page }) => {
	for (const path of ['/', '/en/']) {
		const fonts = await fontsReadToTheEnd(page, path);
		// The page's own fonts were fetched (so the check sees requests at all)…
		expect(fonts, path).toContain('serif-latin');
		// …and none for Cyrillic: the language switch names the Cyrillic editions in the system's sans.
		expect(
			fonts.filter((f) => f.includes('cyrillic')),
			path
		).toEqual([]);
	}
});

/** The text a page lays out in the serif (every fold opened) that has a Latin letter. */
const latinInSerif = (page: Page) =>
	page.evaluate(() => {
		for (const d of document.querySelectorAll('details')) d.open = true;
		const found: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const el = node.parentElement;
			if (!el || !/[A-Za-z]/.test(node.textContent ?? '') || el.closest('script, style, noscript')) continue;
			const style = getComputedStyle(el);
			if (style.display !== 'none' && style.fontFamily.includes('Source Serif')) found.push(node.textContent!.trim());
		}
		return found;
	});

test('a Cyrillic edition fetches no whole Latin font file, read to its end', async ({ page }) => {
	for (const path of ['/uz-cyrl/', '/ru/']) {
		const fonts = await fontsReadToTheEnd(page, path);
		// Its letters, and the digits and punctuation of the Latin files' core…
		expect(fonts, path).toEqual(
			expect.arrayContaining(['serif-cyrillic', 'sans-cyrillic', 'serif-latin-core', 'sans-latin-core'])
		);
		// …never the Latin editions' whole files (its families cut them up: scripts/fonts.mjs).
		for (const whole of ['serif-latin', 'serif-italic-latin', 'sans-latin']) expect(fonts, path).not.toContain(whole);
	}
	// What the cut saves: the Russian page sets no Latin letter in the serif, so it never needs the
	// serif's Latin letters; the Uzbek Cyrillic one only capitals (UNOCT).
	expect(await latinInSerif(page)).toEqual([]);
	await page.goto('/uz-cyrl/');
	const uzCyrl = (await latinInSerif(page)).join(' ');
	expect(uzCyrl).toContain('UNOCT');
	expect(uzCyrl.replace(/[^A-Za-z]/g, '')).toMatch(/^[A-Z]+$/);
});

/** The fonts the browser drew the text of `selector`'s first matches with (CDP: platform fonts), by family. */
async function fontsDrawn(page: Page, selector: string): Promise<string[]> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('DOM.enable');
	await cdp.send('CSS.enable');
	const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
	const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
	const families = new Set<string>();
	for (const nodeId of nodeIds.slice(0, 12)) {
		const { nodeIds: inside } = await cdp.send('DOM.querySelectorAll', { nodeId, selector: '*' });
		for (const id of [nodeId, ...inside]) {
			const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: id });
			for (const font of fonts) families.add(font.familyName);
		}
	}
	await cdp.detach();
	return [...families].sort();
}

test('on a first visit (nothing cached) the quotes are set in the story’s italic', async ({ page }) => {
	test.skip(test.info().project.name !== 'phone', 'fonts: once is enough');
	// Each path in a fresh context: no font cached. A face no edition preloads (the italic of the quotes,
	// a Cyrillic family's Latin letters) arrives after the first paint: shown once it is there
	// (font-display: swap), not replaced by a system font for the whole visit (optional). The quotes are
	// set in such faces only; the first screen's preloaded faces stay optional (no re-flow), so a slow
	// first visit may show them in a system font: that is not checked here.
	for (const path of ['/', '/uz-cyrl/', '/ru/', '/en/']) {
		const context = await page
			.context()
			.browser()!
			.newContext({ viewport: { width: 375, height: 812 } });
		const fresh = await context.newPage();
		await fresh.goto(new URL(path, test.info().project.use.baseURL).href);
		const quote = fresh.locator('[data-step] blockquote').first();
		await quote.scrollIntoViewIfNeeded();
		await fresh.evaluate(() => document.fonts.ready);
		await expect
			.poll(() => fontsDrawn(fresh, '[data-step] blockquote'), { message: `${path}: quotes` })
			.toEqual(['Source Serif 4']);
		await context.close();
	}
});
