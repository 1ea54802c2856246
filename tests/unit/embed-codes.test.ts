// @vitest-environment jsdom
// src/lib/newsroom/codes.ts: the embed codes a newsroom copies, for every kind ×
// format × edition, read back with a real HTML parser (jsdom) as a host page would.
import { describe, expect, it } from 'vitest';
import {
	EMBED_FORMATS,
	EMBED_KINDS,
	IFRAME_HEIGHT,
	SANDBOX,
	embedCode,
	embedPath,
	pymId,
	type EmbedChoice
} from '$lib/newsroom/codes';
import { LANGUAGES, type Lang } from '$lib/i18n/languages';

const PREFIX: Record<Lang, string> = { uz: '', 'uz-cyrl': '/uz-cyrl', ru: '/ru', en: '/en' };
const WORDS = { title: 'Timeline', linkText: 'Read the story' };
/** The site's origin the codes point at (SITE_URL in a production build). */
const ORIGIN = 'https://story.example.org';
const absolute = (path: string) => ORIGIN + path;

/** The code parsed as a host page's body. */
const parse = (code: string) => new DOMParser().parseFromString(`<!doctype html><body>${code}</body>`, 'text/html');

/** Runs the pym code's inline script with a stand-in pym; returns the arguments of each new pym.Parent(...). */
function pymCalls(doc: Document): unknown[][] {
	const calls: unknown[][] = [];
	const pym = {
		Parent: function (...args: unknown[]) {
			calls.push(args);
		}
	};
	new Function('pym', doc.querySelectorAll('script')[1].textContent!)(pym);
	return calls;
}

const cases = EMBED_KINDS.flatMap((kind) =>
	LANGUAGES.flatMap((lang) =>
		[undefined, 'memorandum'].map((step) => ({ origin: ORIGIN, kind, lang, step }) as EmbedChoice)
	)
);

describe('embedPath', () => {
	it.each(cases)('$kind in $lang at step $step', (choice) => {
		const expected = `${PREFIX[choice.lang]}/embed/${choice.kind}/${choice.step ? `?step=${choice.step}` : ''}`;
		expect(embedPath(choice)).toBe(expected);
	});
	it('encodes the milestone id', () => {
		expect(embedPath({ kind: 'map', lang: 'en', step: 'a b&c' })).toBe('/en/embed/map/?step=a%20b%26c');
	});
});

describe('embedCode', () => {
	describe.each(cases)('$kind in $lang at step $step', (choice) => {
		const url = absolute(embedPath(choice));
		const story = absolute(`${PREFIX[choice.lang]}/${choice.step ? `#${choice.step}` : ''}`);

		it('script: a div with the embed address and a fallback link, then our host script', () => {
			const doc = parse(embedCode(choice, 'script', WORDS));
			const div = doc.querySelector('div[data-story-embed]')!;
			expect(div.getAttribute('data-story-embed')).toBe(url);
			expect(div.getAttribute('data-title')).toBe(WORDS.title);
			expect(div.querySelector('a')!.getAttribute('href')).toBe(story);
			expect(div.querySelector('a')!.textContent).toBe(WORDS.linkText);
			const script = doc.querySelector('script')!;
			expect(script.getAttribute('src')).toBe(absolute('/embed.js'));
			expect(script.hasAttribute('async')).toBe(true);
		});

		it('pym: a container, pym.js from our site, and new pym.Parent(id, url, config)', () => {
			const doc = parse(embedCode(choice, 'pym', WORDS));
			const id = doc.querySelector('div')!.id;
			expect(id).toBe(pymId(choice));
			const [lib, inline] = [...doc.querySelectorAll('script')];
			expect(lib.getAttribute('src')).toBe(absolute('/pym.v1.min.js'));
			expect(inline.hasAttribute('src')).toBe(false);
			const calls = pymCalls(doc);
			expect(calls).toHaveLength(1);
			const [givenId, givenUrl, config] = calls[0] as [string, string, Record<string, unknown>];
			expect(givenId).toBe(id);
			expect(givenUrl).toBe(url);
			expect(config).toMatchObject({ title: WORDS.title, sandbox: SANDBOX, optionalparams: false });
			const xdomain = new RegExp(`${config.xdomain}$`);
			expect(xdomain.test(new URL(url).origin)).toBe(true);
			expect(xdomain.test(`https://evil.example`)).toBe(false);
			expect(xdomain.test(`${new URL(url).origin}.evil.example`)).toBe(false);
		});

		it('iframe: fixed height for the kind, full width, lazy, titled, sandboxed', () => {
			const doc = parse(embedCode(choice, 'iframe', WORDS));
			const iframe = doc.querySelector('iframe')!;
			expect(iframe.getAttribute('src')).toBe(url);
			expect(iframe.getAttribute('title')).toBe(WORDS.title);
			expect(iframe.getAttribute('loading')).toBe('lazy');
			expect(iframe.getAttribute('sandbox')).toBe(SANDBOX);
			expect(iframe.style.width).toBe('1px');
			expect(iframe.style.minWidth).toBe('100%');
			expect(iframe.style.height).toBe(`${IFRAME_HEIGHT[choice.kind]}px`);
			expect(doc.querySelector('script')).toBeNull();
		});
	});

	it.each(EMBED_FORMATS)('%s: every address is absolute, ?step= only with a milestone', (format) => {
		for (const choice of cases) {
			const code = embedCode(choice, format, WORDS);
			const urls = code.match(/https?:\/\/[^"'\s]+/g) ?? [];
			expect(urls.length).toBeGreaterThan(0);
			for (const u of urls) expect(u.startsWith(absolute('/'))).toBe(true);
			expect(code.includes('?step=')).toBe(Boolean(choice.step));
			expect(code).not.toMatch(/(src|href)="\//);
		}
	});

	it.each(EMBED_FORMATS)('%s: a title with quotes and < > stays text, in attributes and in script', (format) => {
		const nasty = { title: `He said "no" & 'yes' </script><img src=x onerror=alert(1)>`, linkText: `<b>"Read"</b>` };
		const code = embedCode({ origin: ORIGIN, kind: 'story', lang: 'en' }, format, nasty);
		const doc = parse(code);
		expect(doc.querySelector('img')).toBeNull();
		expect(doc.querySelector('b')).toBeNull();
		if (format === 'pym') {
			expect((pymCalls(doc)[0][2] as { title: string }).title).toBe(nasty.title);
		} else {
			const titled = doc.querySelector('[data-title], iframe')!;
			expect(titled.getAttribute(format === 'script' ? 'data-title' : 'title')).toBe(nasty.title);
		}
		if (format === 'script') expect(doc.querySelector('a')!.textContent).toBe(nasty.linkText);
	});
});
