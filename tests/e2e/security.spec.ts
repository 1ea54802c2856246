// Security over the built site (issue #12): every HTML page in build/ carries
// its Content-Security-Policy in a <meta> before anything it governs, and that
// policy allows each inline script and <style> of the page by its hash and
// nothing else inline; no page has an inline event handler or a javascript:
// link; every file gets the headers build/_headers gives it (caching,
// framing, nosniff…) without two rules giving one header. Then a card page
// in the browser, which is not a SvelteKit page and writes its policy itself.
// (The story, an embed, the Embed panel and a share page are watched for
// violations in their own specs, through ./csp.ts.)
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { headersFor, parseHeaders } from '../../scripts/headers.mjs';
import { expectStrictCsp, watchCsp } from './csp';

/** Every file in build/, as the path a browser asks for ("/ru/index.html"). */
function builtFiles(dir = 'build'): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		return entry.isDirectory() ? builtFiles(path) : [`/${relative('build', path)}`];
	});
}

const FILES = builtFiles();
const PAGES = FILES.filter((f) => f.endsWith('.html'));
const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** A page's <meta> policy (directive → sources), and where in the file it is. */
function metaPolicy(html: string) {
	const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/gi)];
	const content = (metas[0]?.[1] ?? '').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"');
	const directives = Object.fromEntries(
		content
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name, ...sources]) => [name, sources])
	);
	return { count: metas.length, at: metas[0]?.index ?? -1, directives };
}

test.describe('the built pages', () => {
	test.beforeEach(() => test.skip(test.info().project.name !== 'laptop', 'a check of build/: once is enough'));

	test('each has one CSP <meta> that allows its inline scripts and styles by hash, before any of them', () => {
		expect(PAGES.length, 'pages in build/').toBeGreaterThan(50);
		for (const file of PAGES) {
			const html = readFileSync(`build${file}`, 'utf8');
			const csp = metaPolicy(html);
			expect.soft(csp.count, `${file}: one CSP <meta>`).toBe(1);
			expect.soft(csp.directives['default-src'], `${file}: default-src`).toEqual(["'none'"]);
			expect
				.soft(csp.directives['script-src'] ?? [], `${file}: no 'unsafe-inline' scripts`)
				.not.toContain("'unsafe-inline'");
			expect
				.soft(csp.directives['style-src'] ?? [], `${file}: no 'unsafe-inline' <style>`)
				.not.toContain("'unsafe-inline'");
			for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
				expect.soft(m.index, `${file}: CSP before the script at ${m.index}`).toBeGreaterThan(csp.at);
				if (/\bsrc=/.test(m[1])) continue;
				expect.soft(csp.directives['script-src'], `${file}: the hash of ${m[2].slice(0, 60)}`).toContain(hash(m[2]));
			}
			for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) {
				expect.soft(m.index, `${file}: CSP before the <style> at ${m.index}`).toBeGreaterThan(csp.at);
				expect
					.soft(csp.directives['style-src'], `${file}: the hash of <style>${m[1].slice(0, 40)}`)
					.toContain(hash(m[1]));
			}
		}
	});

	test('none has an inline event handler or a javascript: address', () => {
		for (const file of PAGES) {
			const html = readFileSync(`build${file}`, 'utf8');
			// Attributes only: inside tags, outside scripts and styles.
			const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, '');
			const handlers = [...markup.matchAll(/<[^>]*\s(on[a-z]+)\s*=[^>]*>/gi)].map(
				(m) => `${m[1]} in ${m[0].slice(0, 80)}`
			);
			expect.soft(handlers, `${file}: inline event handlers`).toEqual([]);
			expect.soft(markup, `${file}: javascript: addresses`).not.toMatch(/(href|src|action)\s*=\s*["']?\s*javascript:/i);
		}
	});

	test('every file gets its headers from _headers, each header from one rule', () => {
		const rules = parseHeaders(readFileSync('build/_headers', 'utf8'));
		for (const file of FILES.filter((f) => f !== '/_headers')) {
			// Pages are asked for by their folder (/ru/), files by their name.
			const paths = file.endsWith('/index.html') ? [file, file.slice(0, -'index.html'.length)] : [file];
			for (const path of paths) {
				const h = headersFor(rules, path);
				const fromRules = (name: string) =>
					rules.filter((r) => r.pattern.test(path) && r.headers.some(([n]) => n.toLowerCase() === name));
				for (const name of ['cache-control', 'content-security-policy', 'x-frame-options'])
					expect.soft(fromRules(name).length, `${path}: ${name} from one rule at most`).toBeLessThanOrEqual(1);
				expect.soft(h['x-content-type-options'], `${path}: nosniff`).toBe('nosniff');
				expect.soft(h['referrer-policy'], `${path}: Referrer-Policy`).toBe('strict-origin-when-cross-origin');
				expect.soft(h['permissions-policy'], `${path}: Permissions-Policy`).toMatch(/camera=\(\)/);
				if (path.startsWith('/_app/immutable/'))
					expect.soft(h['cache-control'], `${path}: hashed, kept a year`).toBe('public, max-age=31536000, immutable');
				if (!file.endsWith('.html')) continue;
				expect.soft(h['cache-control'], `${path}: HTML cached a minute`).toBe('public, max-age=60, must-revalidate');
				const embed = /(^|\/)embed\//.test(path);
				expect
					.soft(h['content-security-policy'], `${path}: who may frame it`)
					.toBe(embed ? 'frame-ancestors *' : "frame-ancestors 'self'");
				expect.soft(h['x-frame-options'], `${path}: X-Frame-Options`).toBe(embed ? undefined : 'SAMEORIGIN');
			}
		}
	});
});

test('the social gallery shows its images within the CSP, every one decoded', async ({ page, context }) => {
	test.skip(test.info().project.name !== 'laptop', 'one viewport is enough');
	const csp = await watchCsp(context);
	await page.goto('/ru/social/');
	await expectStrictCsp(page);
	const images = page.locator('main img');
	expect(await images.count()).toBeGreaterThan(20);
	// Every image loads from the site (lazy ones once scrolled to): none broken.
	for (const img of await images.all()) {
		await img.scrollIntoViewIfNeeded();
		await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
	}
	expect(csp.violations(), csp.violations().join('\n')).toEqual([]);
});
