// @vitest-environment jsdom
// The host-page script static/embed.js, read from disk and run in jsdom as a
// page would run it: it turns <div data-story-embed> into an iframe, resizes it
// only from messages that its iframe's window sends from the embed's origin,
// reads the same table as heightFromMessage in messages.ts, falls back to a
// fixed height when nothing comes, and converts nothing twice.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { heightFromMessage } from '$lib/embed/messages';
import { HEIGHT_CASES } from './embed-cases';

const SCRIPT = readFileSync('static/embed.js', 'utf8');
const EMBED = 'https://story.example/en/embed/story/?step=memorandum';
const ORIGIN = 'https://story.example';

/** Runs the script once, as a <script> tag would. */
const run = () => new Function(SCRIPT)();

function page(html = `<div data-story-embed="${EMBED}" data-title="The story"><a href="/">Read</a></div>`) {
	document.body.innerHTML = html;
}

const iframes = () => [...document.querySelectorAll('iframe')];

/** A message event as the browser dispatches it on the host window. */
function message(data: unknown, source: Window | null, origin = ORIGIN) {
	window.dispatchEvent(new MessageEvent('message', { data, source, origin }));
}

const heightOf = (iframe: HTMLIFrameElement) => iframe.style.height;

beforeEach(() => vi.useFakeTimers());

afterEach(() => {
	vi.useRealTimers();
	document.body.innerHTML = '';
});

describe('static/embed.js', () => {
	it('does nothing, without throwing, on a page without embeds', () => {
		page('<p>No embeds here</p>');
		expect(run).not.toThrow();
		expect(iframes()).toHaveLength(0);
		expect(vi.getTimerCount()).toBe(0);
	});

	it('replaces the div content with an iframe with the right attributes', () => {
		page();
		run();
		const [iframe] = iframes();
		expect(iframes()).toHaveLength(1);
		expect(iframe.parentElement).toHaveProperty('dataset.storyEmbed', EMBED);
		expect(document.querySelector('a')).toBeNull();
		expect(iframe.src).toBe(EMBED);
		expect(iframe.title).toBe('The story');
		expect(iframe.getAttribute('loading')).toBe('lazy');
		expect(iframe.getAttribute('sandbox')).toBe(
			'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox'
		);
		expect(iframe.style.width).toBe('1px');
		expect(iframe.style.minWidth).toBe('100%');
		expect(iframe.style.borderWidth || iframe.style.border).toMatch(/^0/);
	});

	it('skips divs whose address is not http(s), and still converts the others', () => {
		page(`<div data-story-embed="javascript:alert(1)"></div><div data-story-embed="${EMBED}"></div>`);
		expect(run).not.toThrow();
		expect(iframes()).toHaveLength(1);
	});

	it('resizes the iframe from a message its window sends from the embed origin', () => {
		page();
		run();
		const [iframe] = iframes();
		message({ sentinel: 'amp', type: 'embed-size', height: 812.3 }, iframe.contentWindow);
		expect(heightOf(iframe)).toBe('813px');
		message('pymxPYMxstoryxPYMxheightxPYMx640', iframe.contentWindow);
		expect(heightOf(iframe)).toBe('640px');
	});

	it('sizes each of several embeds from its own window', () => {
		page(`<div data-story-embed="${EMBED}"></div><div data-story-embed="${EMBED}"></div>`);
		run();
		const [a, b] = iframes();
		message({ context: 'iframe.resize', height: 300 }, b.contentWindow);
		expect([heightOf(a), heightOf(b)]).toEqual(['', '300px']);
	});

	it('ignores messages from another window, another origin or with a bad value', () => {
		page();
		run();
		const [iframe] = iframes();
		const other = document.createElement('iframe');
		document.body.append(other);
		message({ sentinel: 'amp', type: 'embed-size', height: 700 }, other.contentWindow);
		message({ sentinel: 'amp', type: 'embed-size', height: 700 }, window);
		message({ sentinel: 'amp', type: 'embed-size', height: 700 }, null);
		message({ sentinel: 'amp', type: 'embed-size', height: 700 }, iframe.contentWindow, 'https://evil.example');
		message({ sentinel: 'amp', type: 'embed-size', height: 700 }, iframe.contentWindow, 'http://story.example');
		message({ sentinel: 'amp', type: 'embed-size', height: '700' }, iframe.contentWindow);
		message({ sentinel: 'amp', type: 'embed-size', height: NaN }, iframe.contentWindow);
		message('pymxPYMxidxPYMxheightxPYMx7e2', iframe.contentWindow);
		expect(heightOf(iframe)).toBe('');
	});

	it('reads every row of the shared table as heightFromMessage does', () => {
		page();
		run();
		const [iframe] = iframes();
		for (const { name, data, expected } of HEIGHT_CASES) {
			iframe.style.height = '';
			message(data, iframe.contentWindow);
			const read = heightOf(iframe) === '' ? null : Number.parseFloat(heightOf(iframe));
			expect({ name, read }).toEqual({ name, read: expected });
			expect({ name, read }).toEqual({ name, read: heightFromMessage(data) });
		}
	});

	it.each([
		[375, '600px'],
		[599, '600px'],
		[600, '500px'],
		[1440, '500px']
	])('falls back after 4 s without a message, at %i px wide, to %s', (width, expected) => {
		vi.stubGlobal('innerWidth', width);
		page();
		run();
		const [iframe] = iframes();
		vi.advanceTimersByTime(3999);
		expect(heightOf(iframe)).toBe('');
		vi.advanceTimersByTime(1);
		expect(heightOf(iframe)).toBe(expected);
		message({ context: 'iframe.resize', height: 900 }, iframe.contentWindow);
		expect(heightOf(iframe)).toBe('900px');
		vi.unstubAllGlobals();
	});

	it('keeps the height from a message when the fallback time comes', () => {
		page();
		run();
		const [iframe] = iframes();
		message({ context: 'iframe.resize', height: 321 }, iframe.contentWindow);
		vi.advanceTimersByTime(10_000);
		expect(heightOf(iframe)).toBe('321px');
	});

	it('run twice: the same iframe per div, one resize per message, and new divs are converted', () => {
		page();
		run();
		const [original] = iframes();
		run();
		expect(iframes()).toEqual([original]); // the same iframe, not a reloaded one
		expect(vi.getTimerCount()).toBe(1); // one fallback timer
		const added = document.createElement('div');
		added.dataset.storyEmbed = EMBED;
		document.body.append(added);
		run();
		expect(iframes()).toHaveLength(2);
		const [first] = iframes();
		const setHeight = vi.spyOn(first.style, 'height', 'set');
		message({ context: 'iframe.resize', height: 400 }, first.contentWindow);
		expect(setHeight).toHaveBeenCalledTimes(1);
		expect(heightOf(first)).toBe('400px');
	});
});
