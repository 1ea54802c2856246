// The deployment settings (src/lib/site.js: BASE_PATH, ASSETS_URL, BUILD_DIR)
// and what is made from the site's root when it has a base path: the head's
// absolute URLs (seo.ts) and the embed codes (codes.ts), whose host scripts
// come from ASSETS_URL when the static files live there.
import { describe, expect, it } from 'vitest';
import { assetsUrl, basePath, buildDir } from '$lib/site.js';
import { embedCode } from '$lib/newsroom/codes';
import { milestoneSeo, storySeo } from '$lib/server/seo';
import { editionFor } from '$lib/server/content/edition';
import { buildModel } from '$lib/server/content/model';
import { readContentFiles } from './helpers';

describe('BASE_PATH', () => {
	it('is empty by default and takes a path, without its trailing slash', () => {
		expect(basePath({})).toBe('');
		expect(basePath({ BASE_PATH: '' })).toBe('');
		expect(basePath({ BASE_PATH: '/graphics/voronkov' })).toBe('/graphics/voronkov');
		expect(basePath({ BASE_PATH: ' /graphics/voronkov/ ' })).toBe('/graphics/voronkov');
	});
	it.each(['graphics', '/graphics voronkov', '/a/../b', '/a/./b', '/a?x=1', '/a#b', 'https://example.org/a', '/a//b'])(
		'refuses %s',
		(value) => expect(() => basePath({ BASE_PATH: value })).toThrow(/BASE_PATH must be a path/)
	);
});

describe('ASSETS_URL', () => {
	it('is empty by default and takes an absolute http(s) address, without its trailing slash', () => {
		expect(assetsUrl({})).toBe('');
		expect(assetsUrl({ ASSETS_URL: 'https://cdn.example.org/voronkov/' })).toBe('https://cdn.example.org/voronkov');
		expect(assetsUrl({ ASSETS_URL: 'http://localhost:4175/cdn' })).toBe('http://localhost:4175/cdn');
	});
	it.each([
		['/cdn/voronkov', /absolute address/],
		['ftp://cdn.example.org', /http\(s\)/],
		['https://cdn.example.org/a?v=1', /without a query/],
		['https://cdn.example.org/a#x', /without a query/]
	])('refuses %s', (value, message) => expect(() => assetsUrl({ ASSETS_URL: value })).toThrow(message));
});

describe('BUILD_DIR', () => {
	it('is build/ by default and takes a folder name', () => {
		expect(buildDir({})).toBe('build');
		expect(buildDir({ BUILD_DIR: 'build-base/' })).toBe('build-base');
	});
	it.each(['..', '.', '../elsewhere', '/tmp/build', 'a/b'])('refuses %s', (value) =>
		expect(() => buildDir({ BUILD_DIR: value })).toThrow(/BUILD_DIR must be a folder name/)
	);
});

describe('under a base path', () => {
	const ROOT = 'https://news.example.org/graphics/voronkov';
	const CDN = 'https://cdn.example.org/voronkov';
	const ru = editionFor(buildModel(readContentFiles()), 'ru');

	it('the head’s addresses (canonical, hreflang, og:url, og:image) keep the path', () => {
		const story = storySeo(ru, ROOT);
		expect(story.canonical).toBe(`${ROOT}/ru/`);
		expect(story.image.url).toBe(`${ROOT}/ru/card.png`);
		expect(story.alternates.map((a) => a.href)).toEqual([
			`${ROOT}/`,
			`${ROOT}/uz-cyrl/`,
			`${ROOT}/ru/`,
			`${ROOT}/en/`,
			`${ROOT}/`
		]);
		const share = milestoneSeo(ru, ROOT, 'memorandum');
		expect(share.canonical).toBe(`${ROOT}/ru/#memorandum`);
		expect(share.url).toBe(`${ROOT}/ru/m/memorandum/`);
		expect(share.image.url).toBe(`${ROOT}/ru/m/memorandum/card.png`);
	});

	it('the embed codes point at the embed under the path and load their scripts from ASSETS_URL', () => {
		const words = { title: 'Map', linkText: 'Read' };
		const choice = { origin: ROOT, assets: CDN, kind: 'map', lang: 'ru', step: 'memorandum' } as const;
		const script = embedCode(choice, 'script', words);
		expect(script).toContain(`data-story-embed="${ROOT}/ru/embed/map/?step=memorandum"`);
		expect(script).toContain(`<a href="${ROOT}/ru/#memorandum">`);
		expect(script).toContain(`<script src="${CDN}/embed.js" async></script>`);
		const pym = embedCode(choice, 'pym', words);
		expect(pym).toContain(`<script src="${CDN}/pym.v1.min.js"></script>`);
		expect(pym).toContain(JSON.stringify(`${ROOT}/ru/embed/map/?step=memorandum`));
		// pym.js accepts messages from the embed's origin: the site's, not the CDN's.
		expect(pym).toContain('"xdomain":"^https:\\\\/\\\\/news\\\\.example\\\\.org"');
		expect(embedCode(choice, 'iframe', words)).toContain(`<iframe src="${ROOT}/ru/embed/map/?step=memorandum"`);
		// Without ASSETS_URL the scripts come from the site's root.
		expect(embedCode({ ...choice, assets: undefined }, 'script', words)).toContain(`src="${ROOT}/embed.js"`);
	});
});
