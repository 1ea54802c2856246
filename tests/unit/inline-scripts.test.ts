// @vitest-environment jsdom
// src/lib/inline-scripts.js and src/lib/csp.js: the inline scripts the pages
// may run, written with their data in escaped data-* attributes (no value can
// end the attribute or the tag, or add markup), and the policy that allows
// exactly those scripts by their SHA-256 hashes. The scripts themselves run
// here as a page runs them: the opening step's, which marks <html> when the
// address names a step, and the share page's move.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { INLINE_SCRIPTS, scriptTag } from '$lib/inline-scripts.js';
import { cspContent, cspDirectives, sha256Source } from '$lib/csp.js';

/** The elements an HTML string makes, parsed as a browser's parser would. */
function parse(html: string): Element[] {
	const template = document.createElement('template');
	template.innerHTML = html;
	return [...template.content.querySelectorAll('*')];
}

/** Runs a tag from scriptTag as the page's parser would: its code, with it as document.currentScript. */
function run(tag: string) {
	const [script] = parse(tag) as HTMLScriptElement[];
	vi.spyOn(document, 'currentScript', 'get').mockReturnValue(script);
	new Function(script.textContent ?? '')();
}

afterEach(() => {
	vi.restoreAllMocks();
	document.documentElement.className = '';
	window.location.hash = '';
});

describe('scriptTag', () => {
	it('writes one of the known scripts, its data in data-* attributes', () => {
		const tag = scriptTag('shareRedirect', { target: '/ru/#memorandum' });
		expect(tag).toBe(`<script data-target="/ru/#memorandum">${INLINE_SCRIPTS.shareRedirect}</script>`);
	});

	it.each([
		'"><script>alert(1)</script>',
		"' onload='alert(1)",
		'</script><img src=x onerror=alert(1)>',
		'&quot;&amp;<!--'
	])('keeps a hostile value inside its attribute: %s', (value) => {
		const elements = parse(scriptTag('openingStep', { steps: JSON.stringify([value]) }));
		expect(elements.map((e) => e.tagName)).toEqual(['SCRIPT']);
		const script = elements[0] as HTMLScriptElement;
		expect([...script.attributes].map((a) => a.name)).toEqual(['data-steps']);
		expect(JSON.parse(script.dataset.steps!)).toEqual([value]);
		expect(script.textContent).toBe(INLINE_SCRIPTS.openingStep);
	});

	it('refuses a script it does not know, and attribute names that are not plain', () => {
		// @ts-expect-error -- not one of INLINE_SCRIPTS
		expect(() => scriptTag('alert(1)')).toThrow(/no inline script/);
		expect(() => scriptTag('openingStep', { 'x onload': '1' })).toThrow(/not a data attribute name/);
		expect(() => scriptTag('openingStep', { Steps: '1' })).toThrow(/not a data attribute name/);
	});
});

describe('the opening step script', () => {
	const opens = (hash: string) => {
		document.documentElement.className = '';
		window.location.hash = hash;
		run(scriptTag('openingStep', { steps: JSON.stringify(['memorandum', 'café']) }));
		return document.documentElement.classList.contains('opening-step');
	};

	it('marks <html> when the address names a step', () => {
		expect(opens('#memorandum')).toBe(true);
		expect(opens('#caf%C3%A9')).toBe(true);
	});

	it('leaves <html> alone for other anchors and none', () => {
		expect(opens('#p4')).toBe(false);
		expect(opens('#memorandum-x')).toBe(false);
		expect(opens('')).toBe(false);
	});

	it('ignores a fragment whose percent-encoding is broken, without throwing', () => {
		expect(() => opens('#%E0%A4%A')).not.toThrow();
		expect(opens('#%E0%A4%A')).toBe(false);
	});
});

describe('the share page script', () => {
	it('moves to the address in its data-target', () => {
		const replace = vi.fn();
		vi.stubGlobal('location', { replace });
		try {
			run(scriptTag('shareRedirect', { target: '/ru/#expert-council' }));
		} finally {
			vi.unstubAllGlobals();
		}
		expect(replace).toHaveBeenCalledWith('/ru/#expert-council');
	});
});

describe('cspDirectives', () => {
	it('allows each inline script by the SHA-256 of its exact text, and no inline script otherwise', async () => {
		const directives = cspDirectives();
		for (const code of Object.values(INLINE_SCRIPTS)) {
			// An independent digest (Web Crypto) of the text the page carries.
			const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(code));
			const expected = `sha256-${Buffer.from(digest).toString('base64')}`;
			expect(sha256Source(code)).toBe(expected);
			expect(directives['script-src']).toContain(expected);
		}
		expect(directives['script-src']).not.toContain('unsafe-inline');
		expect(directives['script-src']).not.toContain('unsafe-eval');
		expect(directives['style-src']).not.toContain('unsafe-inline');
	});

	it('loads nothing from elsewhere, unless the files are served from another origin', () => {
		expect(cspDirectives()['default-src']).toEqual(['none']);
		for (const name of ['script-src', 'style-src', 'img-src', 'font-src', 'connect-src'])
			expect(cspDirectives(['https://cdn.example.org'])[name]).toContain('https://cdn.example.org');
		expect(cspDirectives()['frame-src']).toEqual(['self']);
	});

	it('is written as a policy with its keywords and hashes quoted', () => {
		expect(cspContent({ 'default-src': ['none'], 'script-src': ['self', 'sha256-abc=', 'https://x.org'] })).toBe(
			"default-src 'none'; script-src 'self' 'sha256-abc=' https://x.org"
		);
	});
});
