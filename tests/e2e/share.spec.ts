// Share pages and link previews (issue #9), over the built site: every story
// page and every milestone's share page (/m/<id>/ in each edition) has every
// head tag a platform reads, with absolute URLs on the configured origin
// (SITE_URL, else the local default), and its og:image is a PNG in build/ of
// the declared size. Then, in the browser: a share page moves the reader to
// the story at that step, with JavaScript and without.
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { EDITION_PATH, HTML_LANG, LANGUAGES, type Lang } from '../../src/lib/i18n/languages';
import { untypeset } from '../../src/lib/i18n/typeset';
import { siteOrigin } from '../../src/lib/site.js';
import { INLINE_SCRIPTS } from '../../src/lib/inline-scripts.js';
import { watchCsp } from './csp';
import { editionOf, model } from './content';
import { waitForActive, waitForScroller } from './story';
import { serve } from '../../scripts/serve.mjs';

const ORIGIN = siteOrigin(process.env);
const OG_LOCALE: Record<Lang, string> = { uz: 'uz_UZ', 'uz-cyrl': 'uz_UZ', ru: 'ru_RU', en: 'en_GB' };
// A part is told in its step: it has no share page of its own.
const IDS = model.milestones.filter((m) => m.role !== 'part').map((m) => m.id);

/** The head's tags as [attribute, key] → values: meta by property or name, link by rel (+ hreflang). */
function headOf(path: string) {
	const html = readFileSync(`build${path}index.html`, 'utf8');
	const head = html.slice(0, html.indexOf('</head>'));
	const attrs = (tag: string) =>
		Object.fromEntries([...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1], m[2].replace(/&amp;/g, '&')]));
	const metas = [...head.matchAll(/<meta\b[^>]*>/g)].map((m) => attrs(m[0]));
	const links = [...head.matchAll(/<link\b[^>]*>/g)].map((m) => attrs(m[0]));
	const meta = (key: string) => metas.filter((m) => m.property === key || m.name === key).map((m) => m.content);
	return {
		meta,
		one: (key: string) => {
			const values = meta(key);
			expect.soft(values.length, `${path}: one ${key}`).toBe(1);
			return values[0] ?? '';
		},
		canonical: links.filter((l) => l.rel === 'canonical').map((l) => l.href),
		alternates: links.filter((l) => l.rel === 'alternate').map((l) => [l.hreflang, l.href]),
		title: /<title>([^<]*)<\/title>/.exec(head)?.[1],
		refresh: metas.find((m) => m['http-equiv'] === 'refresh')?.content
	};
}

/** Width and height from a PNG's header, or an error naming what is wrong. */
function pngSize(file: string): { width: number; height: number } | string {
	if (!existsSync(file)) return `${file} is missing`;
	const bytes = readFileSync(file);
	if (bytes.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a' || bytes.subarray(12, 16).toString() !== 'IHDR')
		return `${file} is not a PNG`;
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The file in build/ that an absolute URL on the site names. */
const fileOf = (url: string) => `build${new URL(url).pathname}`;

/** Everything a link preview needs, checked on one built page. */
function expectPreviewTags(path: string, lang: Lang, pageUrl: string, canonical: string, pathFor: (l: Lang) => string) {
	const head = headOf(path);
	expect.soft(head.canonical, `${path}: canonical`).toEqual([canonical]);
	expect.soft(head.one('og:url'), `${path}: og:url`).toBe(pageUrl);
	expect.soft(head.one('og:type')).toBe('article');
	expect.soft(head.one('og:title'), `${path}: og:title`).toBeTruthy();
	expect.soft(head.one('og:title'), `${path}: og:title is the <title>`).toBe(head.title);
	expect.soft(head.one('og:description'), `${path}: og:description`).toBeTruthy();
	expect.soft(head.one('description'), `${path}: description`).toBe(head.one('og:description'));
	// The publisher, not the story's own name (a platform shows both: issue #22).
	expect.soft(head.one('og:site_name'), `${path}: og:site_name`).toBe(untypeset(editionOf(lang).copy.publisher));
	expect.soft(head.title, `${path}: the title does not repeat the publisher`).not.toContain(head.one('og:site_name'));
	expect.soft(head.one('og:locale'), `${path}: og:locale`).toBe(OG_LOCALE[lang]);
	expect
		.soft(head.meta('og:locale:alternate').sort(), `${path}: og:locale:alternate`)
		.toEqual([...new Set(Object.values(OG_LOCALE))].filter((l) => l !== OG_LOCALE[lang]).sort());
	expect.soft(head.one('article:published_time'), `${path}: article:published_time`).toMatch(/^\d{4}-\d{2}-\d{2}/);
	expect.soft(head.one('twitter:card')).toBe('summary_large_image');
	expect.soft(head.one('og:image:alt'), `${path}: og:image:alt`).toBeTruthy();
	expect
		.soft(head.alternates.sort(), `${path}: hreflang alternates`)
		.toEqual(
			[
				...LANGUAGES.map((l) => [HTML_LANG[l], `${ORIGIN}${pathFor(l)}`]),
				['x-default', `${ORIGIN}${pathFor('uz')}`]
			].sort()
		);
	const image = head.one('og:image');
	expect.soft(image.startsWith(`${ORIGIN}/`), `${path}: og:image ${image} on ${ORIGIN}`).toBe(true);
	const declared = { width: Number(head.one('og:image:width')), height: Number(head.one('og:image:height')) };
	expect.soft(declared, `${path}: declared image size`).toEqual({ width: 1200, height: 630 });
	expect.soft(pngSize(fileOf(image)), `${path}: ${image} exists with the declared size`).toEqual(declared);
	return head;
}

test.describe('the built head tags', () => {
	test.beforeEach(() => test.skip(test.info().project.name !== 'laptop', 'a check of build/: once is enough'));

	test('every story page has its link preview', () => {
		for (const lang of LANGUAGES) {
			const path = EDITION_PATH[lang];
			const head = expectPreviewTags(path, lang, `${ORIGIN}${path}`, `${ORIGIN}${path}`, (l) => EDITION_PATH[l]);
			// The link preview's own words (copy.aml: shareTitle, shareText; issue #22).
			expect.soft(head.title, `${path}: title`).toBe(untypeset(editionOf(lang).copy.shareTitle));
			expect.soft(head.one('og:description'), `${path}: description`).toBe(untypeset(editionOf(lang).copy.shareText));
		}
	});

	test('every milestone has a share page in every edition, with its own link preview', () => {
		for (const lang of LANGUAGES) {
			const ed = editionOf(lang);
			for (const id of IDS) {
				const path = `${EDITION_PATH[lang]}m/${id}/`;
				const share = (l: Lang) => `${EDITION_PATH[l]}m/${id}/`;
				const target = `${EDITION_PATH[lang]}#${id}`;
				const head = expectPreviewTags(path, lang, `${ORIGIN}${path}`, `${ORIGIN}${target}`, share);
				const step = ed.steps.find((s) => s.id === id)!;
				// The milestone's link preview, written for sharing (milestones.aml: shareTitle, shareText; issue #22).
				expect.soft(head.title, `${path}: the milestone's share title`).toBe(step.share?.title);
				expect.soft(head.one('og:description'), `${path}: the milestone's share text`).toBe(step.share?.text);
				expect.soft(head.title?.length ?? 0, `${path}: a title a platform shows whole`).toBeLessThanOrEqual(70);
				expect
					.soft(head.one('og:description')?.length ?? 0, `${path}: a description shown whole`)
					.toBeLessThanOrEqual(200);
				expect.soft(head.one('og:image'), `${path}: its own card`).toBe(`${ORIGIN}${path}card.png`);
				// No meta refresh: a crawler following it would read the story's card, not the milestone's (issue #22).
				expect.soft(head.refresh, `${path}: no refresh`).toBeUndefined();
				expect.soft(head.one('og:image:type'), `${path}: the card's type`).toBe('image/png');
				expect.soft(head.meta('robots').join(), `${path}: large image previews`).toContain('max-image-preview:large');
				const body = readFileSync(`build${path}index.html`, 'utf8');
				expect.soft(body, `${path}: a plain link to the step`).toContain(`<a href="${target}">`);
				expect
					.soft(body, `${path}: and a move for browsers with scripts`)
					.toContain(`<script data-target="${target}">${INLINE_SCRIPTS.shareRedirect}</script>`);
				expect.soft(head.meta('robots').join(), `${path}: may be indexed`).not.toMatch(/noindex/);
			}
		}
	});
});

test('the page keeps the configured origin in its head once the browser runs it', async ({ page }) => {
	// The same build served from a port of its own: another origin than the one it was built for.
	const server = await serve('build', 0);
	try {
		const { port } = server.address() as AddressInfo;
		const elsewhere = `http://127.0.0.1:${port}`;
		expect(elsewhere, 'the test serves from another origin than SITE_URL').not.toBe(ORIGIN);
		await page.goto(`${elsewhere}/ru/`);
		await waitForScroller(page);
		const head = await page.evaluate(() => ({
			canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
			image: document.querySelector('meta[property="og:image"]')?.getAttribute('content')
		}));
		expect(head).toEqual({ canonical: `${ORIGIN}/ru/`, image: `${ORIGIN}/ru/card.png` });
		expect(await page.locator('link[rel="canonical"]').count()).toBe(1);
	} finally {
		server.close();
	}
});

test('a share page takes the reader to the story at that step, its script allowed by its CSP', async ({
	page,
	context
}) => {
	const csp = await watchCsp(context);
	await page.goto('/ru/m/expert-council/');
	await expect(page).toHaveURL(/\/ru\/#expert-council$/);
	await waitForActive(page, 'expert-council');
	// Only the script moves the page: a refused script would show as a violation.
	expect(csp.violations(), csp.violations().join('\n')).toEqual([]);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a share page still leads to the story: the milestone and a plain link to it', async ({ page }) => {
		await page.goto('/uz-cyrl/m/memorandum/');
		// No refresh: the page stays, says what the milestone is, and links to it in the story.
		await expect(page).toHaveURL(/\/uz-cyrl\/m\/memorandum\/$/);
		const memorandum = editionOf('uz-cyrl').steps.find((s) => s.id === 'memorandum')!;
		expect(untypeset((await page.locator('h1').textContent()) ?? '')).toBe(untypeset(memorandum.title));
		await page.locator('main a[href$="#memorandum"]').click();
		await expect(page).toHaveURL(/\/uz-cyrl\/#memorandum$/);
		await expect(page.locator('#memorandum')).toBeVisible();
	});
});
