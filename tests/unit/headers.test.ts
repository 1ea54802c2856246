// scripts/headers.mjs (the `_headers` reader), static/_headers (which pages may
// be framed by whom) and scripts/serve.mjs sending those headers like a static host.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from '../../scripts/headers.mjs';
import { serve } from '../../scripts/serve.mjs';
import { EMBED_KINDS } from '$lib/newsroom/codes';
import { EDITION_PATH, LANGUAGES } from '$lib/i18n/languages';

describe('parseHeaders and headersFor', () => {
	const rules = parseHeaders(
		[
			'# a comment',
			'/embed/*',
			'  A: embed',
			'/*/embed/*',
			'  A: embed',
			'',
			'/',
			'  A: root',
			'  X-Frame-Options: DENY',
			'/blog/:slug/',
			'  B: post',
			'/*',
			'  C: all',
			'  Content-Security-Policy: default-src https: ; img-src *'
		].join('\r\n')
	);

	it('reads paths and their indented "Name: value" lines (values may hold colons)', () => {
		expect(rules.map((r) => r.path)).toEqual(['/embed/*', '/*/embed/*', '/', '/blog/:slug/', '/*']);
		expect(rules[2].headers).toEqual([
			['A', 'root'],
			['X-Frame-Options', 'DENY']
		]);
		expect(rules[4].headers[1]).toEqual(['Content-Security-Policy', 'default-src https: ; img-src *']);
	});

	it('applies every matching rule and joins repeated headers with ", " (as Netlify and Cloudflare do)', () => {
		expect(headersFor(rules, '/embed/map/')).toMatchObject({ a: 'embed', c: 'all' });
		// "/*/embed/*" and "/embed/*" both match /embed/x/embed/y: the value twice.
		expect(headersFor(rules, '/embed/x/embed/y')).toMatchObject({ a: 'embed, embed' });
		expect(headersFor(rules, '/')).toMatchObject({ a: 'root', 'x-frame-options': 'DENY', c: 'all' });
		expect(headersFor(rules, '/ru/')).toEqual({
			c: 'all',
			'content-security-policy': 'default-src https: ; img-src *'
		});
	});

	it('matches whole paths: "*" across slashes, ":name" one segment, other characters literally', () => {
		expect(headersFor(rules, '/ru/embed/story/')).toHaveProperty('a', 'embed');
		expect(headersFor(rules, '/embedded/')).not.toHaveProperty('a');
		expect(headersFor(rules, '/blog/one/')).toHaveProperty('b', 'post');
		expect(headersFor(rules, '/blog/one/two/')).not.toHaveProperty('b');
		expect(headersFor(parseHeaders('/a.html\n  D: 1'), '/aXhtml')).toEqual({});
	});

	it('refuses a header before any path, or a line without a colon', () => {
		expect(() => parseHeaders('  A: 1')).toThrow(/line 1/);
		expect(() => parseHeaders('/\n  no colon')).toThrow(/line 2.*no colon/);
	});
});

/** The frame-ancestors sources of every policy in a CSP header (comma-separated policies all apply). */
function frameAncestors(csp: string | undefined): string[][] {
	if (!csp) return [];
	return csp
		.split(',')
		.map((policy) =>
			policy
				.split(';')
				.map((d) => d.trim().split(/\s+/))
				.find(([name]) => name.toLowerCase() === 'frame-ancestors')
		)
		.filter((d): d is string[] => d !== undefined)
		.map(([, ...sources]) => sources);
}

describe('static/_headers', () => {
	const rules = parseHeaders(readFileSync('static/_headers', 'utf8'));
	const embedPaths = LANGUAGES.flatMap((lang) =>
		[...EMBED_KINDS, 'preview'].map((kind) => `${EDITION_PATH[lang]}embed/${kind}/`)
	);
	const storyPaths = LANGUAGES.flatMap((lang) => [EDITION_PATH[lang], `${EDITION_PATH[lang]}index.html`]);

	it.each(embedPaths)('%s may be framed by any site, and has no X-Frame-Options', (path) => {
		const headers = headersFor(rules, path);
		const policies = frameAncestors(headers['content-security-policy']);
		expect(policies.length).toBeGreaterThan(0);
		// Every policy applies, so every one must allow any https origin.
		for (const sources of policies) expect(sources.some((s) => s === '*' || s === 'https:')).toBe(true);
		expect(headers).not.toHaveProperty('x-frame-options');
	});

	const sharePaths = LANGUAGES.flatMap((lang) => [
		`${EDITION_PATH[lang]}m/memorandum/`,
		`${EDITION_PATH[lang]}m/memorandum/index.html`
	]);
	const htmlPaths = [...embedPaths, ...storyPaths, ...sharePaths, '/ru/social/', '/social/index.html'];
	/** The rules that give `path` a header: a static host joins two rules' values, which must not happen. */
	const rulesGiving = (path: string, name: string) =>
		rules.filter((r) => r.pattern.test(path) && r.headers.some(([n]) => n.toLowerCase() === name));

	it.each([
		...htmlPaths,
		'/_app/immutable/chunks/a1B2.js',
		'/_app/immutable/assets/x.Cd3.woff2',
		'/map/world-110m.json'
	])(
		'%s gets nosniff, a referrer policy, a permissions policy, and each of caching and framing from one rule',
		(path) => {
			const headers = headersFor(rules, path);
			expect(headers['x-content-type-options']).toBe('nosniff');
			expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
			expect(headers['permissions-policy']).toMatch(/^(\w[\w-]*=\(\))(, \w[\w-]*=\(\))*$/);
			for (const name of ['cache-control', 'content-security-policy', 'x-frame-options'])
				expect(rulesGiving(path, name).length, name).toBeLessThanOrEqual(1);
		}
	);

	it('keeps hashed build files a year, HTML pages a minute, and always asks again for the build id', () => {
		expect(headersFor(rules, '/_app/immutable/entry/start.BOu90BWP.js')['cache-control']).toBe(
			'public, max-age=31536000, immutable'
		);
		for (const path of htmlPaths)
			expect(headersFor(rules, path)['cache-control'], path).toMatch(/^public, max-age=60\b/);
		expect(headersFor(rules, '/_app/version.json')['cache-control']).toBe('no-cache');
	});

	it('lets nothing run in or frame the data files', () => {
		for (const path of ['/data/milestones.csv', '/ru/data/milestones.json'])
			expect(headersFor(rules, path)['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
	});

	it.each([...storyPaths, ...sharePaths])('%s may be framed only by the story itself', (path) => {
		const headers = headersFor(rules, path);
		const policies = frameAncestors(headers['content-security-policy']);
		expect(policies.length).toBeGreaterThan(0);
		for (const sources of policies) expect(sources.every((s) => s === "'self'" || s === "'none'")).toBe(true);
		expect(headers['x-frame-options']).toMatch(/^(SAMEORIGIN|DENY)$/);
	});
});

/** GETs `path`, with its status and headers. */
function get(port: number, path: string): Promise<{ status: number; headers: Record<string, unknown> }> {
	return new Promise((resolve, reject) => {
		const req = request({ host: '127.0.0.1', port, path }, (res) => {
			res.resume();
			res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
		});
		req.on('error', reject);
		req.end();
	});
}

describe('scripts/serve.mjs with a _headers file', () => {
	const dir = mkdtempSync(join(tmpdir(), 'serve-headers-'));
	let server: Server;
	let port: number;

	beforeAll(async () => {
		writeFileSync(join(dir, 'index.html'), '<p>uz</p>');
		writeFileSync(join(dir, '_headers'), '/\n  X-Frame-Options: DENY\n/*\n  X-Test: all\n');
		server = await serve(dir, 0);
		port = (server.address() as AddressInfo).port;
	});
	afterAll(() => {
		server.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('sends the headers of every matching rule, also on a 404', async () => {
		const root = await get(port, '/?step=x');
		expect(root.status).toBe(200);
		expect(root.headers).toMatchObject({ 'x-frame-options': 'DENY', 'x-test': 'all' });
		const missing = await get(port, '/missing/');
		expect(missing.status).toBe(404);
		expect(missing.headers).toMatchObject({ 'x-test': 'all' });
		expect(missing.headers).not.toHaveProperty('x-frame-options');
	});

	it('does not serve the _headers file itself', async () => {
		expect((await get(port, '/_headers')).status).toBe(404);
	});

	it('answers a request line that is no path ("//") with 400 and keeps serving', async () => {
		expect((await get(port, '//')).status).toBe(400);
		expect((await get(port, '/')).status).toBe(200);
	});
});
