// Content-Security-Policy in the browser tests: every violation any page or
// frame of a browser context reports (the securitypolicyviolation event, and
// Chromium's console messages about the policy), and what a page's <meta>
// policy must say. Used by the story, embed, panel and share specs.
// Usage: const csp = await watchCsp(context); …; expect(csp.violations()).toEqual([]);
import { expect, type BrowserContext, type Page } from '@playwright/test';

/** What a test reads: the violations reported so far, as one line each. */
interface CspWatch {
	violations: () => string[];
}

/**
 * Collects CSP violations from every page, popup and iframe of the context,
 * from their first script on. Call before the first page.goto.
 */
export async function watchCsp(context: BrowserContext): Promise<CspWatch> {
	const seen: string[] = [];
	await context.exposeBinding('__cspViolation', ({ frame }, line: string) => seen.push(`${line} (in ${frame.url()})`));
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			const report = (window as unknown as { __cspViolation: (line: string) => void }).__cspViolation;
			report(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
		});
	});
	const watchConsole = (page: Page) =>
		page.on('console', (msg) => {
			if (/Content Security Policy|Permissions-Policy/i.test(msg.text())) seen.push(`console: ${msg.text()}`);
		});
	context.pages().forEach(watchConsole);
	context.on('page', watchConsole);
	return { violations: () => [...seen] };
}

/** The page's <meta> policy as directive → sources. */
export async function cspOf(page: Page): Promise<Record<string, string[]>> {
	const metas = page.locator('meta[http-equiv="content-security-policy" i]');
	await expect(metas, 'one CSP <meta>').toHaveCount(1);
	const content = (await metas.getAttribute('content')) ?? '';
	return Object.fromEntries(
		content
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name, ...sources]) => [name.toLowerCase(), sources])
	);
}

/**
 * The page has the site's policy: nothing loads by default, scripts only from
 * the site and by hash (no 'unsafe-inline', no eval), no plugins, no <base>.
 */
export async function expectStrictCsp(page: Page) {
	const csp = await cspOf(page);
	expect(csp['default-src']).toEqual(["'none'"]);
	expect(csp['script-src']).toContain("'self'");
	for (const source of csp['script-src']) expect(source).toMatch(/^('self'|'sha256-[A-Za-z0-9+/]+=*')$/);
	for (const source of csp['style-src']) expect(source).toMatch(/^('self'|'sha256-[A-Za-z0-9+/]+=*')$/);
	expect(csp['base-uri']).toEqual(["'none'"]);
	expect(csp).not.toHaveProperty('object-src'); // default-src 'none' covers plugins
}
