// The benchmark (issue #12): every edition's story page and the stepper embed,
// served compressed like a CDN, against the budgets in bench/budgets.json.
//   npm run bench                      build, then everything: Lighthouse ×3 (medians), bytes, 4× CPU scroll
//   npm run bench -- --no-build        the same on the existing build/
//   npm run test:size                  bytes only (no Lighthouse, no build): the gate `npm test` runs
//   node scripts/bench.mjs --from=bench/results.json --before=bench/results-before.json --markdown
//                                      no measuring: the table of saved figures (before → now), in Markdown
// Options: --runs=N (Lighthouse runs per page, default 3), --pages=/,/ru/ (default: all of budgets.json),
// --no-scroll, --port=N (default: a free port), --encodings=br,gzip (what the server offers Lighthouse),
// --out=bench/results.json (bytes only: bench/results-bytes.json), --budgets=bench/budgets.json.
// Prints one table (a row per figure, a column per page), writes the figures as JSON, and names every
// figure over its gated budget (exit 1) or its target (reported, never failing). Only bytes and request
// counts are gated: they do not depend on the machine. Timings and scores are reported.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './browser.mjs';
import { loadedFiles, measure, pageReferences } from './check-size.mjs';
import { measureFirstLoad } from './bench/bytes.mjs';
import { compareBudgets, median } from './bench/budgets.mjs';
import { footer, table } from './bench/report.mjs';
import { serveCompressed } from './bench/serve-compressed.mjs';

const root = 'build';
const MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';
const args = Object.fromEntries(
	process.argv.slice(2).map((a) => {
		const [key, value] = a.replace(/^--/, '').split('=');
		return [key, value ?? true];
	})
);
const bytesOnly = Boolean(args['bytes-only']);
const runs = Number(args.runs ?? 3);
const budgetsPath = String(args.budgets ?? 'bench/budgets.json');
const outPath = String(args.out ?? (bytesOnly ? 'bench/results-bytes.json' : 'bench/results.json'));
/** @type {import('./bench/budgets.mjs').Budgets} */
const budgets = JSON.parse(readFileSync(budgetsPath, 'utf8'));
const pages = typeof args.pages === 'string' ? args.pages.split(',') : Object.keys(budgets.pages);
const encodings = /** @type {('br' | 'gzip')[]} */ (String(args.encodings ?? 'br,gzip').split(','));
const log = (/** @type {string} */ line) => process.stderr.write(`${line}\n`);

/** Builds if asked, serves build/, measures every page; resolves to the results. */
async function measureAll() {
	if (!bytesOnly && !args['no-build']) {
		log('building (npx vite build)…');
		execFileSync('npx', ['vite', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
	}
	for (const path of [join(root, 'index.html'), MANIFEST])
		if (!existsSync(path)) throw new Error(`${path} not found: build the site first (npx vite build).`);

	const machine = {
		date: new Date().toISOString(),
		cpu: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
		memoryGiB: Math.round(totalmem() / 2 ** 30),
		loadAverageAtStart: loadavg().map((n) => Math.round(n * 10) / 10),
		node: process.version
	};

	const server = await serveCompressed(root, Number(args.port ?? 0), encodings);
	const address = server.address();
	const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
	/** @type {Record<string, Record<string, number>>} */
	const figures = Object.fromEntries(pages.map((p) => [p, {}]));
	/** @type {Record<string, unknown>} */
	const details = Object.fromEntries(pages.map((p) => [p, {}]));

	try {
		// Bytes: JavaScript from Vite's manifest (to start, in all), and what a first load fetches, by type.
		/** @type {import('./check-size.mjs').Manifest} */
		const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
		for (const page of pages) {
			const html = readFileSync(join(root, page, 'index.html'), 'utf8');
			// The page's references are relative to it (../_app/… in /ru/): made paths in the build.
			const refs = pageReferences(html);
			refs.refs = refs.refs.map((r) => ({ ...r, file: posix.normalize(posix.join(page.slice(1), r.file)) }));
			const js = measure(loadedFiles(refs, manifest), (file) => readFileSync(join(root, file)));
			const load = await measureFirstLoad(browser, origin, page, root);
			if (load.outside.length) throw new Error(`${page} requested other hosts: ${load.outside.join(', ')}`);
			const kib = (/** @type {number} */ n) => Math.round((n / 1024) * 10) / 10;
			Object.assign(figures[page], {
				jsStart: kib(js.first),
				jsAll: kib(js.all),
				requests: load.requests,
				...Object.fromEntries(Object.entries(load.gzip).map(([type, n]) => [type, kib(n)])),
				totalBr: kib(load.br.total)
			});
			Object.assign(/** @type {object} */ (details[page]), { firstLoad: load.files });
			log(`bytes ${page}: ${kib(load.gzip.total)} KiB gzip, ${load.requests} requests`);
		}

		if (!bytesOnly) {
			const { lighthouseRun } = await import('./bench/lighthouse.mjs');
			const { scrollRun } = await import('./bench/scroll.mjs');
			/** @type {Record<string, import('./bench/lighthouse.mjs').LighthouseFigures[]>} */
			const lh = Object.fromEntries(pages.map((p) => [p, []]));
			// Interleaved: run 1 of every page, then run 2…, so a busy moment does not fall on one page.
			for (let run = 1; run <= runs; run++)
				for (const page of pages) {
					const started = Date.now();
					lh[page].push(await lighthouseRun(origin + page));
					const last = /** @type {import('./bench/lighthouse.mjs').LighthouseFigures} */ (lh[page].at(-1));
					log(
						`lighthouse ${run}/${runs} ${page}: ${last.performance} LCP ${Math.round(last.lcp)} ms TBT ${Math.round(last.tbt)} ms (${Math.round((Date.now() - started) / 1000)} s)`
					);
				}
			for (const page of pages) {
				const keys = /** @type {const} */ ([
					'performance',
					'accessibility',
					'bestPractices',
					'seo',
					'fcp',
					'lcp',
					'tbt',
					'cls',
					'transferKiB',
					'requests'
				]);
				for (const key of keys)
					figures[page][key === 'requests' ? 'lhRequests' : key] = median(lh[page].map((r) => r[key]));
				Object.assign(/** @type {object} */ (details[page]), {
					lighthouseRuns: lh[page],
					failingAudits: [...new Set(lh[page].flatMap((r) => r.failing))]
				});
			}
			Object.assign(machine, {
				benchmarkIndex: median(Object.values(lh).flatMap((r) => r.map((run) => run.benchmarkIndex)))
			});
			if (!args['no-scroll'])
				for (const page of pages.filter((p) => budgets.pages[p]?.scroll))
					for (const width of /** @type {const} */ ([375, 1440])) {
						const s = await scrollRun(browser, origin + page, { width, height: width < 1000 ? 812 : 900 });
						Object.assign(figures[page], {
							[`longTasks${width}`]: s.longTasks,
							[`longestTask${width}`]: s.longestTaskMs,
							[`longFrames${width}`]: s.longFrames,
							[`shift${width}`]: s.layoutShift
						});
						Object.assign(/** @type {object} */ (details[page]), { [`scroll${width}`]: s });
						log(
							`scroll ${page} ${width}px: ${s.longTasks} long tasks, ${s.longFrames} long frames (${s.seconds} s)` +
								(s.lateFrames ? `, ${s.lateFrames} frames not waited for` : '') +
								(s.incomplete ? ', INCOMPLETE: the bottom not reached in 2 min' : '')
						);
					}
		}
		Object.assign(machine, {
			chromium: browser.version(),
			loadAverageAtEnd: loadavg().map((n) => Math.round(n * 10) / 10)
		});
	} finally {
		await browser.close();
		server.close();
	}
	return { machine, runs: bytesOnly ? 0 : runs, encodings, figures, details };
}

const results = args.from ? JSON.parse(readFileSync(String(args.from), 'utf8')) : await measureAll();
const before = args.before ? JSON.parse(readFileSync(String(args.before), 'utf8')) : undefined;
const { over, marks } = compareBudgets(results.figures, budgets);
console.log(table(results, budgets, marks, { markdown: Boolean(args.markdown), before }));
console.log(`\n${footer(results)}`);
for (const o of over) console.log(`${o.gated ? 'OVER BUDGET' : 'over target'}: ${o.text}`);
if (!args.from) {
	mkdirSync(dirname(outPath), { recursive: true });
	writeFileSync(outPath, JSON.stringify({ ...results, over }, null, '\t') + '\n');
	console.log(`\nfigures written to ${outPath}`);
}
if (over.some((o) => o.gated)) process.exit(1);
