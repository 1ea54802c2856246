// The benchmark's pieces that need no browser (scripts/bench/): the budgets
// file and its comparison, file types, and the compressed server.
import { readFileSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareBudgets, FIGURES, median, type Budgets } from '../../scripts/bench/budgets.mjs';
import { servedSize, sumByType, typeOf } from '../../scripts/bench/bytes.mjs';
import { table } from '../../scripts/bench/report.mjs';
import { serveCompressed } from '../../scripts/bench/serve-compressed.mjs';

const budgets: Budgets = {
	pages: {
		'/': { gated: { total: 300, jsStart: 70 }, targets: { total: 150, performance: 1, tbt: 50 } }
	}
};

describe('bench/budgets.json', () => {
	const file = JSON.parse(readFileSync('bench/budgets.json', 'utf8')) as Budgets;
	const keys = new Set(FIGURES.map((f) => f.key));

	it('names only figures the benchmark measures, for every page it measures', () => {
		expect(Object.keys(file.pages)).toEqual(['/', '/uz-cyrl/', '/ru/', '/en/', '/en/embed/story/']);
		for (const [page, b] of Object.entries(file.pages))
			for (const key of [...Object.keys(b.gated ?? {}), ...Object.keys(b.targets ?? {})])
				expect(keys.has(key), `${page}: ${key}`).toBe(true);
	});

	it('gates only bytes and request counts (deterministic), never timings or scores', () => {
		const deterministic = new Set(
			FIGURES.filter((f) => f.unit === 'KiB' || f.key === 'requests')
				.map((f) => f.key)
				.filter((k) => k !== 'transferKiB')
		);
		for (const b of Object.values(file.pages))
			for (const key of Object.keys(b.gated ?? {})) expect(deterministic.has(key), key).toBe(true);
	});

	it("holds issue #12's targets: every page's scores, times and transfer, Cyrillic editions 180 KiB", () => {
		for (const [page, b] of Object.entries(file.pages)) {
			expect(b.targets, page).toMatchObject({ performance: 1, accessibility: 1, lcp: 1300, tbt: 50, cls: 0 });
			expect(b.targets?.total, page).toBe(/cyrl|ru/.test(page) ? 180 : 150);
		}
		expect(file.pages['/'].targets?.jsStart).toBe(55);
	});
});

describe('compareBudgets', () => {
	it('passes figures within their budgets and targets', () => {
		const { over } = compareBudgets({ '/': { total: 120, jsStart: 50, performance: 1, tbt: 10 } }, budgets);
		expect(over).toEqual([]);
	});

	it('passes a figure exactly at its limit (a score at least, anything else at most)', () => {
		const atLimit: Budgets = { pages: { '/': { gated: { total: 300 }, targets: { performance: 1, cls: 0 } } } };
		expect(compareBudgets({ '/': { total: 300, performance: 1, cls: 0 } }, atLimit).over).toEqual([]);
		expect(compareBudgets({ '/': { total: 300.1, performance: 0.99, cls: 0.001 } }, atLimit).over).toHaveLength(3);
	});

	it('names a figure over a gated budget as gated, one over a target as not', () => {
		const { over, marks } = compareBudgets({ '/': { total: 301.2, jsStart: 69, performance: 0.93 } }, budgets);
		expect(over.map((o) => [o.key, o.gated])).toEqual([
			['total', true],
			['total', false],
			['performance', false]
		]);
		expect(over[0].text).toBe('/ first load, KiB gzip: 301.2 KiB (budget ≤ 300 KiB)');
		expect(over[2].text).toBe('/ Lighthouse performance: 0.93 (target ≥ 1)');
		expect(marks['/']).toEqual({ total: ' !', performance: ' ^' });
	});

	it('skips figures not measured (timings in the bytes-only mode) and fails on unknown names', () => {
		expect(compareBudgets({ '/': { total: 100 } }, budgets).over).toEqual([]);
		expect(() => compareBudgets({ '/': {} }, { pages: { '/': { gated: { totl: 1 } } } })).toThrow(
			/unknown figure "totl"/
		);
	});

	it('takes medians', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 2, 3])).toBe(2.5);
	});
});

describe('the table', () => {
	const machine = { date: '2026-11-26T12:00:00Z', cpu: '2 × test', loadAverageAtStart: [1, 1, 1] };
	const now = { machine, runs: 3, figures: { '/': { total: 301.24, js: 80, tbt: 183.4 }, '/ru/': { total: 170 } } };
	const before = {
		machine,
		runs: 3,
		figures: { '/': { total: 309.7, js: 82.7, tbt: 2170 }, '/ru/': { total: 382.1 } }
	};

	it('has a row per measured figure and a column per page, with marks', () => {
		const { marks } = compareBudgets(now.figures, budgets);
		const text = table(now, { pages: { '/': { label: 'uz /' } } }, marks).split('\n');
		expect(text[0]).toMatch(/^\s+uz \/\s+\/ru\/$/);
		expect(text.find((l) => l.startsWith('TBT'))).toMatch(/^TBT\s+183 \^\s+–$/);
		expect(text.find((l) => l.startsWith('first load'))).toMatch(/301\.2 !\s+170\.0$/);
		expect(text.some((l) => l.startsWith('SEO'))).toBe(false);
	});

	it('writes Markdown, before → now', () => {
		const md = table(now, budgets, {}, { markdown: true, before }).split('\n');
		expect(md[1]).toBe('| --- | ---: | ---: |');
		expect(md).toContain('| … JavaScript | 82.7 → 80.0 | – |');
		expect(md).toContain('| first load, KiB gzip | 309.7 → 301.2 | 382.1 → 170.0 |');
	});
});

describe('bytes by type', () => {
	it('types files by name', () => {
		expect(
			['/ru/', '/_app/x.js', '/a.css', '/f.woff2', '/map/w.json', '/card.png', '/f.svg', '/x.bin'].map(typeOf)
		).toEqual(['html', 'js', 'css', 'font', 'data', 'image', 'image', 'other']);
	});

	it('sums by type and in all', () => {
		const files = [
			{ path: '/a.js', type: 'js', raw: 10, gzip: 4, br: 3 },
			{ path: '/b.js', type: 'js', raw: 10, gzip: 5, br: 4 },
			{ path: '/f.woff2', type: 'font', raw: 7, gzip: 7, br: 7 }
		] as const;
		expect(sumByType([...files], 'gzip')).toMatchObject({ js: 9, font: 7, css: 0, total: 16 });
		expect(sumByType([...files], 'br')).toMatchObject({ js: 7, total: 14 });
	});
});

describe('the compressed server', () => {
	const dir = mkdtempSync(join(tmpdir(), 'bench-serve-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const text = 'let story = "Katalizator";\n'.repeat(200);
	mkdirSync(join(dir, 'ru'));
	writeFileSync(join(dir, 'app.js'), text);
	writeFileSync(join(dir, 'ru', 'index.html'), `<p>${text}</p>`);
	writeFileSync(join(dir, 'font.woff2'), Buffer.alloc(300, 7));
	writeFileSync(join(dir, '_headers'), '/*\n  X-Content-Type-Options: nosniff\n');

	it('sends text brotli- or gzip-compressed as asked, fonts as they are, with the _headers', async () => {
		const server = await serveCompressed(dir, 0, ['br', 'gzip']);
		const address = server.address();
		const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
		try {
			const get = (path: string, encoding: string) =>
				fetch(origin + path, { headers: { 'accept-encoding': encoding } });
			// fetch decompresses by itself: read the encoding and length from the headers.
			const br = await get('/app.js', 'gzip, br');
			expect(br.headers.get('content-encoding')).toBe('br');
			expect(br.headers.get('x-content-type-options')).toBe('nosniff');
			expect(Number(br.headers.get('content-length'))).toBe(servedSize(join(dir, 'app.js')).br);
			expect(await br.text()).toBe(text);
			const gz = await get('/ru/', 'gzip');
			expect(gz.headers.get('content-encoding')).toBe('gzip');
			expect(gz.headers.get('content-type')).toMatch(/^text\/html/);
			expect(await gz.text()).toBe(`<p>${text}</p>`);
			const font = await get('/font.woff2', 'gzip, br');
			expect(font.headers.get('content-encoding')).toBeNull();
			expect((await get('/missing.js', 'br')).status).toBe(404);
		} finally {
			server.close();
		}
		// The sizes the byte budgets count: what a CDN would send.
		const size = servedSize(join(dir, 'app.js'));
		expect(size.raw).toBe(text.length);
		expect(size.gzip).toBeLessThan(size.raw / 10);
	});
});
