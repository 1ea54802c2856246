import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import { readFileSync } from 'node:fs';
import Map from '$lib/graphics/map/Map.svelte';
import { staticMapPaths } from '$lib/graphics/map/data';
import { edition } from './fixtures';

const FILES: Record<string, string> = {
	'/map/world-110m.json': readFileSync('static/map/world-110m.json', 'utf8'),
	'/map/central-asia-50m.json': readFileSync('static/map/central-asia-50m.json', 'utf8')
};
const props = {
	view: 'world' as const,
	places: edition.places,
	dataUrls: { world: '/map/world-110m.json', region: '/map/central-asia-50m.json' },
	unavailableText: 'Xarita yuklanmadi.',
	regionLegend: 'Markaziy Osiyo: besh davlat',
	description: 'Nyu-Yorkdan Toshkentgacha'
};
const servedFetch = vi.fn(async (url: string) =>
	url in FILES
		? new Response(FILES[url], { status: 200, headers: { 'content-type': 'application/json' } })
		: new Response('', { status: 404 })
);

beforeEach(() => {
	// jsdom has no 2D canvas; LayerCake's Canvas skips painting without a context.
	vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
});

const root = (container: HTMLElement) => container.querySelector<HTMLElement>('.map')!;

describe('Map', () => {
	it('draws the view the prop names, with the edition’s names only', async () => {
		vi.stubGlobal('fetch', servedFetch);
		const { container, rerender } = render(Map, props);
		expect(root(container)).toHaveAttribute('data-map-view', 'world');
		await waitFor(() => expect(root(container)).toHaveAttribute('data-map-state', 'ready'));
		expect(servedFetch).toHaveBeenCalledTimes(2);
		expect(container.querySelector('canvas')).not.toBeNull();
		expect(screen.getByRole('img', { name: props.description })).toBeInTheDocument();

		const labels = () => [...container.querySelectorAll('[data-label]')].map((t) => t.textContent);
		expect(labels()).toEqual(['Nyu-York', 'Toshkent']);
		expect(container.querySelectorAll('[data-marker]')).toHaveLength(2);
		expect(container.querySelector('.arc.shown')).not.toBeNull();
		expect(container.querySelector('[data-country="860"]')).not.toBeNull();

		// The globe turns (setup's matchMedia: no reduced motion); names wait for it to settle.
		await rerender({ ...props, view: 'central-asia' });
		expect(root(container)).toHaveAttribute('data-map-view', 'central-asia');
		expect(container.querySelector('.labels')).not.toHaveClass('shown');
		await waitFor(() => expect(container.querySelector('.labels')).toHaveClass('shown'), { timeout: 3000 });
		expect(labels().sort()).toEqual(['Oʻzbekiston', 'Qirgʻiziston', 'Qozogʻiston', 'Tojikiston', 'Turkmaniston']);
		expect(container.querySelectorAll('.highlight [data-country]')).toHaveLength(5);
		expect(container.querySelector('.legend')).toHaveTextContent(props.regionLegend);
		expect(container.querySelector('.arc.shown')).toBeNull();

		await rerender({ ...props, view: 'uzbekistan' });
		expect(root(container)).toHaveAttribute('data-map-view', 'uzbekistan');
		await waitFor(() => expect(container.querySelector('.labels')).toHaveClass('shown'), { timeout: 3000 });
		expect(container.querySelector('.legend')).toBeNull();
		expect(labels().sort()).toEqual(['Oʻzbekiston', 'Toshkent']);

		// Natural Earth's English names never reach the page.
		for (const english of ['Tashkent', 'Uzbekistan', 'Kazakhstan', 'New York', 'Central Asia']) {
			expect(container.textContent, english).not.toContain(english);
		}
	});

	it('says so in the map’s place when the data cannot be loaded', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
		const { container } = render(Map, props);
		expect(await screen.findByRole('status')).toHaveTextContent(props.unavailableText);
		expect(root(container)).toHaveAttribute('data-map-state', 'unavailable');
		expect(container.querySelector('canvas')).toBeNull();
		expect(warn).toHaveBeenCalled();
	});

	it('treats a missing file or a file that is not the map’s as unavailable', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		vi.stubGlobal('fetch', servedFetch);
		render(Map, { ...props, dataUrls: { world: '/map/world-110m.json', region: '/map/missing.json' } });
		expect(await screen.findByRole('status')).toHaveTextContent(props.unavailableText);

		vi.stubGlobal(
			'fetch',
			vi.fn(async () => new Response('{"type":"FeatureCollection"}', { status: 200 }))
		);
		render(Map, props);
		await waitFor(() => expect(screen.getAllByRole('status')).toHaveLength(2));
	});

	it('shows the server’s static ground until the data arrives', async () => {
		const files = {
			world: JSON.parse(FILES['/map/world-110m.json']),
			region: JSON.parse(FILES['/map/central-asia-50m.json'])
		};
		const fallbackSvg = staticMapPaths('world', files, edition.places);
		vi.stubGlobal(
			'fetch',
			vi.fn(() => new Promise<Response>(() => {}))
		);
		const { container } = render(Map, { ...props, fallbackSvg });
		expect(container.querySelector('.fallback path')?.getAttribute('d')).toBe(fallbackSvg.sphere);
		expect([...container.querySelectorAll('[data-label]')].map((t) => t.textContent)).toEqual(['Nyu-York', 'Toshkent']);
		expect(container.querySelector('canvas')).toBeNull();
	});
});
