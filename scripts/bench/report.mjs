// The benchmark's table: a row per figure, a column per page, as aligned text
// or Markdown, each figure marked when over its gated budget (!) or its target
// (^); with earlier results, each cell reads "before → now".
// Usage: console.log(table(results, budgets, { markdown: true, before }))
import { FIGURES, formatFigure } from './budgets.mjs';

/**
 * @typedef {{ date: string, cpu: string, loadAverageAtStart: number[], loadAverageAtEnd?: number[],
 *   chromium?: string, benchmarkIndex?: number }} Machine
 * @typedef {{ machine: Machine, runs: number, figures: Record<string, Record<string, number>> }} Results
 */

/**
 * @param {Results} results
 * @param {import('./budgets.mjs').Budgets} budgets
 * @param {Record<string, Record<string, string>>} marks from compareBudgets
 * @param {{ markdown?: boolean, before?: Results }} [options]
 */
export function table(results, budgets, marks, { markdown = false, before } = {}) {
	const pages = Object.keys(results.figures);
	const rows = FIGURES.filter((f) => pages.some((p) => results.figures[p][f.key] !== undefined));
	const head = ['', ...pages.map((p) => budgets.pages[p]?.label ?? p)];
	const body = rows.map((f) => [
		markdown && f.label.startsWith(' ') ? `… ${f.label.trim()}` : f.label,
		...pages.map((p) => {
			const now = formatFigure(f, results.figures[p][f.key]) + (marks[p]?.[f.key] ?? '');
			const then = before?.figures[p]?.[f.key];
			return then === undefined ? now : `${formatFigure(f, then)} → ${now}`;
		})
	]);
	if (markdown)
		return [head, head.map((_, i) => (i ? '---:' : '---')), ...body].map((r) => `| ${r.join(' | ')} |`).join('\n');
	const widths = head.map((_, i) => Math.max(...[head, ...body].map((r) => r[i].length)));
	const line = (/** @type {string[]} */ r) =>
		r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
	return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/**
 * The lines under the table: when, where, how loaded the machine was.
 * @param {Results} results
 */
export function footer({ machine, runs }) {
	const load = [machine.loadAverageAtStart, machine.loadAverageAtEnd].filter(Boolean).map((l) => l?.join(' '));
	return [
		`${machine.date.slice(0, 16).replace('T', ' ')} UTC, ${machine.cpu}` +
			`${machine.chromium ? `, Chromium ${machine.chromium}` : ''}, load average ${load.join(' → ')}` +
			`${machine.benchmarkIndex ? `, Lighthouse benchmarkIndex ${machine.benchmarkIndex}` : ''}.`,
		runs
			? `Lighthouse 12.2.3 mobile defaults, medians of ${runs} interleaved runs; scroll at 4× CPU slowdown, one run per width.`
			: 'Bytes only (no Lighthouse, no scroll).',
		'KiB: first load, gzip (level 9) of each file a CDN compresses, without headers. ! over a gated budget, ^ over a target.'
	].join('\n');
}
