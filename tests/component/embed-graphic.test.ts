// The timeline and map embeds (GraphicEmbed) and the frame every embed shares
// (EmbedFrame): the step from ?step=, the caption and its sources, the link
// out, no stepper, and the head (noindex, canonical to the story).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import GraphicEmbed from '$lib/embed/GraphicEmbed.svelte';
import { embedPageData } from '$lib/server/embed-page-data';
import { buildModel } from '$lib/server/content/model';
import { untypeset } from '$lib/i18n/typeset';
import { readContentFiles } from '../unit/helpers';

const model = buildModel(readContentFiles());
const { edition: ru, mapFallback } = embedPageData(model, 'ru');
const step = (id: string) => ru.steps.find((s) => s.id === id)!;

async function open(kind: 'timeline' | 'map', search = '') {
	history.replaceState(null, '', `/ru/embed/${kind}/${search}`);
	// The full map never arrives: the build-time placeholder stays.
	const result = render(GraphicEmbed, { kind, edition: ru, mapFallback, loadMap: () => new Promise(() => {}) });
	const root = result.container.querySelector<HTMLElement>(`[data-embed="${kind}"]`)!;
	await waitFor(() => expect(root).toHaveAttribute('data-embed-ready', 'true'));
	return { ...result, root };
}
const caption = () => document.querySelector('figcaption')!;
/** The caption's words as read (the edition's typesetting undone). */
const captionText = () => untypeset(caption().textContent ?? '').replace(/\s+/g, ' ');
const link = () => document.querySelector<HTMLAnchorElement>('a[data-story-link]')!;

beforeEach(() => vi.spyOn(console, 'warn').mockImplementation(() => {}));
afterEach(() => vi.restoreAllMocks());

describe('GraphicEmbed', { timeout: 20_000 }, () => {
	it('keys "*" (a year that is our reading) wherever it shows one (AUDIT-4 F-1)', async () => {
		const key = `* ${ru.ui.inferredMark}`;
		const keyText = () => document.querySelector('.inferred-key')?.textContent?.replace(/\s+/g, ' ').trim();
		// The timeline: always (its hatched marks), the step's date starred or not.
		const starred = await open('timeline', '?step=expert-council');
		expect(untypeset(caption().textContent ?? '')).toContain('*');
		expect(keyText()).toBe(key);
		starred.unmount();
		// The map: only with a starred date in its caption.
		const map = await open('map', '?step=expert-council');
		expect(keyText()).toBe(key);
		map.unmount();
		await open('map', '?step=memorandum');
		expect(keyText()).toBeUndefined();
	});

	it('titles the map’s page with what it shows, then the headline, no full stop before the dash (AUDIT round 14, S-5)', async () => {
		await open('map', '?step=memorandum');
		expect(document.title).toMatch(/^Карта: .*[^.] — /);
		expect(document.title.endsWith(untypeset(ru.copy.headline))).toBe(true);
	});

	it('timeline: opens at ?step=, captions that step with its date and the interview as source, links to it', async () => {
		const { root } = await open('timeline', '?step=expert-council');
		expect(root).toHaveAttribute('data-active-step', 'expert-council');
		expect(root).toHaveAttribute('data-map-view', step('expert-council').map);
		expect(root.querySelector('[data-timeline-view]')).toBeInTheDocument();
		expect(root.querySelector('[data-mark="expert-council"]')).toHaveClass('on');
		expect(root.querySelector('[data-map-view]:not(.embed)')).not.toBeInTheDocument();
		expect(caption()).toHaveTextContent(step('expert-council').title);
		// P7's May has no year: 2024 is our reading, marked * (AUDIT-2 F-B).
		expect(step('expert-council').basis).toBe('no-year');
		expect(captionText()).toContain(`${untypeset(step('expert-council').whenLabel)}*`);
		expect(caption()).toHaveTextContent(/«Дунё»/);
		// The interview's date is our reading too (AUDIT-2 F-C).
		expect(captionText()).toContain('дано в конце 2024 года (наше прочтение)');
		expect(caption()).not.toHaveTextContent('Natural Earth');
		expect(link()).toHaveAttribute('href', '/ru/#expert-council');
		expect(link()).toHaveAttribute('target', '_blank');
		// “Материал”, not “история”, for a news piece (AUDIT-2 T-C).
		expect(link()).toHaveTextContent('Открыть материал на этом этапе');
		expect(screen.queryByRole('button')).not.toBeInTheDocument();
	});

	it('map: the first step for an unknown id (an embed has no opening), the map data and the interview credited', async () => {
		const first = ru.steps[0];
		expect(first.id).toBe('memorandum');
		// The build-time drawing is of the first step's view (not necessarily the story's opening one).
		expect(mapFallback.view).toBe(first.map);
		const { root } = await open('map', '?step=nope');
		expect(root).toHaveAttribute('data-active-step', first.id);
		expect(root.querySelector('.map')).toHaveAttribute('data-map-view', first.map);
		// The build-time drawing of the first view, with its text alternative.
		expect(
			screen.getByRole('img', { name: ru.mapViews.find((v) => v.id === first.map)!.description })
		).toBeInTheDocument();
		expect(root.querySelector('[data-timeline-view]')).not.toBeInTheDocument();
		expect(caption()).toHaveTextContent('Данные карты: Natural Earth (через world-atlas)');
		expect(caption()).toHaveTextContent(/«Дунё»/);
		expect(link()).toHaveAttribute('href', `/ru/#${first.id}`);
		expect(captionText()).toContain(untypeset(first.whenLabel));
		expect(captionText()).not.toContain(`${untypeset(first.whenLabel)}*`);
		expect(link()).toHaveTextContent('Читать материал полностью');
	});

	it('marks the page noindex, with the story as its canonical page', async () => {
		await open('map');
		expect(document.head.querySelector('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
		expect(document.head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/\/ru\/$/);
		// Plain words in the title (no word joiners or no-break signs of the typesetting, AUDIT-5 S-6).
		expect(document.title).toContain(untypeset(ru.copy.headline));
		expect(document.title).not.toMatch(/[\u2060\u00a0\u2011]/);
	});
});
