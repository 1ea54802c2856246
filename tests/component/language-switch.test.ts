// LanguageSwitch: a link to each other edition, in that edition's language,
// carrying the active step; the edition being read is marked, not linked.
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import LanguageSwitch from '$lib/story/LanguageSwitch.svelte';
import type { Lang } from '$lib/i18n/languages';

/** What the reader must see for each edition, written out (typed over every edition). */
const EXPECTED: Record<Lang, { path: string; htmlLang: string; name: string }> = {
	uz: { path: '/', htmlLang: 'uz-Latn', name: 'Oʻzbekcha' },
	'uz-cyrl': { path: '/uz-cyrl/', htmlLang: 'uz-Cyrl', name: 'Ўзбекча' },
	ru: { path: '/ru/', htmlLang: 'ru', name: 'Русский' },
	en: { path: '/en/', htmlLang: 'en', name: 'English' }
};
const LANGS = Object.keys(EXPECTED) as Lang[];

const links = () =>
	within(screen.getByRole('navigation', { name: 'Язык' }))
		.getAllByRole('link')
		.map((a) => ({
			text: a.textContent,
			href: a.getAttribute('href'),
			hreflang: a.getAttribute('hreflang'),
			lang: a.getAttribute('lang')
		}));

describe('LanguageSwitch', () => {
	it.each(LANGS)('in %s: links to the three other editions at the active step', (lang) => {
		render(LanguageSwitch, { lang, activeId: 'memorandum', label: 'Язык' });
		expect(links()).toEqual(
			LANGS.filter((l) => l !== lang).map((l) => ({
				text: EXPECTED[l].name,
				href: `${EXPECTED[l].path}#memorandum`,
				hreflang: EXPECTED[l].htmlLang,
				lang: EXPECTED[l].htmlLang
			}))
		);
		const nav = screen.getByRole('navigation', { name: 'Язык' });
		const current = nav.querySelector('[aria-current="page"]')!;
		expect(current.tagName).toBe('SPAN');
		expect(current).toHaveTextContent(EXPECTED[lang].name);
		expect(current).toHaveAttribute('lang', EXPECTED[lang].htmlLang);
		expect(within(nav).getAllByRole('listitem')).toHaveLength(LANGS.length);
	});

	it('links to the top of each edition before any step is active, and follows the active step', async () => {
		const { rerender } = render(LanguageSwitch, { lang: 'uz', label: 'Язык' });
		expect(links().map((l) => l.href)).toEqual(['/uz-cyrl/', '/ru/', '/en/']);
		await rerender({ lang: 'uz', activeId: 'expert-council', label: 'Язык' });
		expect(links().map((l) => l.href)).toEqual([
			'/uz-cyrl/#expert-council',
			'/ru/#expert-council',
			'/en/#expert-council'
		]);
	});

	it('reloads the page on a switch (each edition is its own prerendered page)', () => {
		render(LanguageSwitch, { lang: 'en', activeId: 'memorandum', label: 'Язык' });
		for (const a of screen.getAllByRole('link')) expect(a).toHaveAttribute('data-sveltekit-reload');
	});
});
