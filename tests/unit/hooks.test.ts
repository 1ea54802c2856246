// The server hook every prerendered page passes through: <html lang> from the
// edition, and a head that preloads no JavaScript (the page reads without it;
// its first paint should not share a slow connection with it).
import { describe, expect, it } from 'vitest';
import type { RequestEvent, ResolveOptions } from '@sveltejs/kit';
import { handle } from '../../src/hooks.server';

/** The options the hook hands to SvelteKit's resolve, for a page of edition `lang`. */
async function optionsFor(lang: string | undefined): Promise<ResolveOptions> {
	let seen: ResolveOptions | undefined;
	const event = { params: lang ? { lang } : {} } as unknown as RequestEvent;
	await handle({
		event,
		resolve: async (_event, options) => {
			seen = options;
			return new Response('');
		}
	});
	if (!seen) throw new Error('the hook did not call resolve');
	return seen;
}

describe('hooks.server handle', () => {
	it('writes each edition’s language into <html lang>', async () => {
		const html = '<html lang="%lang%">';
		const page = (lang?: string) => optionsFor(lang).then((o) => o.transformPageChunk?.({ html, done: true }));
		expect(await page()).toBe('<html lang="uz-Latn">');
		expect(await page('uz-cyrl')).toBe('<html lang="uz-Cyrl">');
		expect(await page('ru')).toBe('<html lang="ru">');
		expect(await page('en')).toBe('<html lang="en">');
		expect(await page('xx')).toBe('<html lang="uz-Latn">');
	});

	it('preloads no JavaScript in the head, and keeps the stylesheets’ preloads', async () => {
		const { preload } = await optionsFor('en');
		expect(preload).toBeTypeOf('function');
		expect(preload?.({ type: 'js', path: '/_app/immutable/entry/start.js' })).toBe(false);
		expect(preload?.({ type: 'css', path: '/_app/immutable/assets/Map.css' })).toBe(true);
		expect(preload?.({ type: 'font', path: '/_app/immutable/assets/sans.woff2' })).toBe(false);
	});
});
