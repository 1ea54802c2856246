// scripts/check-links.mjs, the link and asset check over a built site: on a
// small site written here (served under a base path, its files on a CDN), it
// passes when everything resolves and names each kind of break: a missing page,
// file, anchor, font, og:image, data file, share-page target or embed-code script,
// a link that forgot the base path, a page linked without its trailing slash.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/check-links.mjs';

const SETTINGS = {
	site: 'https://news.example.org',
	base: '/graphics/story',
	assets: 'https://cdn.example.org/story'
};
const ROOT = 'https://news.example.org/graphics/story/';
const CDN = 'https://cdn.example.org/story/';

/** A small built site that resolves everywhere; `edits` replace text in its files. */
function site(edits: Record<string, [string, string]> = {}): Record<string, string> {
	const files: Record<string, string> = {
		'index.html': `<!doctype html><html><head>
<link rel="stylesheet" href="${CDN}_app/immutable/assets/app.css">
<link rel="preload" as="font" href="${CDN}_app/immutable/assets/serif.woff2" crossorigin>
<link rel="icon" href="${CDN}favicon.svg">
<link rel="canonical" href="${ROOT}">
<link rel="alternate" hreflang="ru" href="${ROOT}ru/">
<meta property="og:image" content="${ROOT}card.png">
<style>.x{background:url(${CDN}img/dot.svg)}</style>
<script>Promise.all([import("${CDN}_app/immutable/entry/start.js")])</script>
</head><body>
<a href="#main">skip</a>
<main id="main"><a href="./ru/#memorandum">ru</a> <a href="./m/memorandum/">share</a>
<a href="./data/milestones.csv">CSV</a> <a href="https://example.com/elsewhere">another site</a>
<img srcset="${CDN}img/dot.svg 1x, ${CDN}img/dot.svg 2x" alt="">
<textarea><div data-story-embed="${ROOT}embed/map/"></div>
&lt;script src="${CDN}embed.js" async&gt;&lt;/script&gt;</textarea></main></body></html>`,
		'ru/index.html': `<!doctype html><html><body><article id="memorandum"><a href="../">uz</a></article></body></html>`,
		'm/memorandum/index.html': `<!doctype html><html><head><meta http-equiv="refresh" content="0; url=../../#main">
<script>location.replace("../../#main")</script></head><body></body></html>`,
		'embed/map/index.html': '<!doctype html><html><body><p>map</p></body></html>',
		'_app/immutable/assets/app.css': '@font-face{src:url(./serif.woff2) format("woff2")}',
		'_app/immutable/assets/serif.woff2': 'font',
		'_app/immutable/entry/start.js': 'const map = fetch(asset(`/map/world.json`));',
		'map/world.json': '{}',
		'img/dot.svg': '<svg/>',
		'favicon.svg': '<svg/>',
		'embed.js': '',
		'card.png': 'png',
		'data/milestones.csv': 'id'
	};
	for (const [file, [from, to]] of Object.entries(edits)) {
		expect(files[file], `${file} in the test site`).toContain(from);
		files[file] = files[file].replace(from, to);
	}
	return files;
}

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function check(files: Record<string, string>, remove: string[] = []) {
	const dir = mkdtempSync(join(tmpdir(), 'check-links-'));
	dirs.push(dir);
	for (const [file, text] of Object.entries(files)) {
		if (remove.includes(file)) continue;
		mkdirSync(dirname(join(dir, file)), { recursive: true });
		writeFileSync(join(dir, file), text);
	}
	return checkLinks(dir, SETTINGS);
}

describe('scripts/check-links.mjs', () => {
	it('passes a site whose links, anchors, assets, fonts, cards and data files all resolve', () => {
		const result = check(site());
		expect(result.problems).toEqual([]);
		expect(result.pages).toBe(4);
		expect(result.dataFiles).toEqual(['/map/world.json']);
		// Every address above was looked at (the other site's too, without fetching it).
		expect(result.checked).toBeGreaterThanOrEqual(20);
	});

	it.each([
		['a missing page', { 'index.html': ['./ru/#memorandum', './fr/#memorandum'] }, [], /no file fr\/index\.html/],
		[
			'an anchor with no id',
			{ 'index.html': ['./ru/#memorandum', './ru/#nowhere'] },
			[],
			/no id "nowhere" in ru\/index\.html/
		],
		[
			'an anchor on the same page',
			{ 'index.html': ['href="#main"', 'href="#mian"'] },
			[],
			/no id "mian" in index\.html/
		],
		[
			'a link without the base path',
			{ 'ru/index.html': ['href="../"', 'href="/ru/"'] },
			[],
			/"\/ru\/" is outside the site/
		],
		[
			'a page without its trailing slash',
			{ 'index.html': ['./m/memorandum/"', './m/memorandum"'] },
			[],
			/ends with a slash/
		],
		['a missing font in the CSS', {}, ['_app/immutable/assets/serif.woff2'], /app\.css: "\.\/serif\.woff2" → no file/],
		['a missing og:image', {}, ['card.png'], /<meta og:image>.*no file card\.png/],
		['a missing map data file', {}, ['map/world.json'], /data file \/map\/world\.json.*no file map\/world\.json/],
		[
			'a share page leading nowhere',
			{ 'm/memorandum/index.html': ['url=../../#main', 'url=../../#lost'] },
			[],
			/refresh.*no id "lost"/
		],
		['an embed code without its script', {}, ['embed.js'], /<textarea> code <script src>.*no file embed\.js/],
		[
			'a script on the CDN missing',
			{},
			['_app/immutable/entry/start.js'],
			/import\(\).*no file _app\/immutable\/entry\/start\.js/
		],
		['a missing image in a srcset', {}, ['img/dot.svg'], /<img srcset>.*no file img\/dot\.svg/]
	] as [string, Record<string, [string, string]>, string[], RegExp][])('fails on %s', (_, edits, remove, message) => {
		const { problems } = check(site(edits), remove);
		expect(problems.length).toBeGreaterThan(0);
		expect(problems.join('\n')).toMatch(message);
	});
});
