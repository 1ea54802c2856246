// The benchmark's figures (their order, labels and units) and the comparison
// with bench/budgets.json: `gated` budgets fail the benchmark and `npm test`,
// `targets` (issue #12's goals) are reported and flagged, never failing.
// Usage: const { over, marks } = compareBudgets(figures, JSON.parse(readFileSync('bench/budgets.json', 'utf8')))

/**
 * @typedef {{ key: string, label: string, unit: 'score' | 'ms' | 'KiB' | 'count' | 'shift', atLeast?: boolean }} Figure
 * @typedef {{ label?: string, notes?: string, scroll?: boolean, gated?: Record<string, number>, targets?: Record<string, number> }} PageBudgets
 * @typedef {{ pages: Record<string, PageBudgets> }} Budgets
 * @typedef {{ page: string, key: string, value: number, limit: number, gated: boolean, text: string }} Over
 */

/** Every figure the benchmark reports, in the table's order. */
export const FIGURES = /** @type {Figure[]} */ ([
	{ key: 'performance', label: 'Lighthouse performance', unit: 'score', atLeast: true },
	{ key: 'accessibility', label: 'accessibility', unit: 'score', atLeast: true },
	{ key: 'bestPractices', label: 'best practices', unit: 'score', atLeast: true },
	{ key: 'seo', label: 'SEO', unit: 'score', atLeast: true },
	{ key: 'fcp', label: 'FCP', unit: 'ms' },
	{ key: 'lcp', label: 'LCP', unit: 'ms' },
	{ key: 'tbt', label: 'TBT', unit: 'ms' },
	{ key: 'cls', label: 'CLS', unit: 'shift' },
	{ key: 'transferKiB', label: 'transferred (Lighthouse, br)', unit: 'KiB' },
	{ key: 'lhRequests', label: 'requests (Lighthouse)', unit: 'count' },
	{ key: 'total', label: 'first load, KiB gzip', unit: 'KiB' },
	{ key: 'totalBr', label: '  same, brotli', unit: 'KiB' },
	{ key: 'js', label: '  JavaScript', unit: 'KiB' },
	{ key: 'css', label: '  CSS', unit: 'KiB' },
	{ key: 'font', label: '  fonts', unit: 'KiB' },
	{ key: 'html', label: '  HTML', unit: 'KiB' },
	{ key: 'data', label: '  data', unit: 'KiB' },
	{ key: 'image', label: '  images', unit: 'KiB' },
	{ key: 'other', label: '  other', unit: 'KiB' },
	{ key: 'requests', label: 'requests, first load', unit: 'count' },
	{ key: 'jsStart', label: 'JS to start (manifest)', unit: 'KiB' },
	{ key: 'jsAll', label: 'JS in all (manifest)', unit: 'KiB' },
	{ key: 'longTasks375', label: 'scroll 375: long tasks', unit: 'count' },
	{ key: 'longestTask375', label: '  longest task', unit: 'ms' },
	{ key: 'longFrames375', label: '  long anim. frames', unit: 'count' },
	{ key: 'shift375', label: '  layout shift', unit: 'shift' },
	{ key: 'longTasks1440', label: 'scroll 1440: long tasks', unit: 'count' },
	{ key: 'longestTask1440', label: '  longest task', unit: 'ms' },
	{ key: 'longFrames1440', label: '  long anim. frames', unit: 'count' },
	{ key: 'shift1440', label: '  layout shift', unit: 'shift' }
]);

/**
 * A figure as the table shows it.
 * @param {Figure} figure
 * @param {number | undefined} value
 */
export function formatFigure(figure, value) {
	if (value === undefined || Number.isNaN(value)) return '–';
	if (figure.unit === 'score') return value.toFixed(2);
	if (figure.unit === 'ms') return `${Math.round(value)}`;
	if (figure.unit === 'KiB') return value.toFixed(1);
	if (figure.unit === 'shift') return value.toFixed(3);
	return `${value}`;
}

/**
 * The median of some numbers (the mean of the middle two for an even count).
 * @param {number[]} values
 */
export function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Compares the figures of each page with its gated budgets and its targets.
 * A score must be at least its limit; any other figure at most. A figure not
 * measured (e.g. timings in the bytes-only mode) is not compared.
 * @param {Record<string, Record<string, number>>} figures by page, then figure key
 * @param {Budgets} budgets
 * @returns {{ over: Over[], marks: Record<string, Record<string, string>> }}
 */
export function compareBudgets(figures, budgets) {
	/** @type {Over[]} */
	const over = [];
	/** @type {Record<string, Record<string, string>>} */
	const marks = {};
	const byKey = new Map(FIGURES.map((f) => [f.key, f]));
	for (const [page, values] of Object.entries(figures)) {
		const pageBudgets = budgets.pages[page] ?? {};
		for (const [kind, limits] of /** @type {const} */ ([
			['gated', pageBudgets.gated],
			['targets', pageBudgets.targets]
		]))
			for (const [key, limit] of Object.entries(limits ?? {})) {
				const figure = byKey.get(key);
				if (!figure) throw new Error(`bench/budgets.json, ${page}, ${kind}: unknown figure "${key}"`);
				const value = values[key];
				if (value === undefined || Number.isNaN(value)) continue;
				if (figure.atLeast ? value >= limit : value <= limit) continue;
				const gated = kind === 'gated';
				const shown = formatFigure(figure, value);
				const unit = figure.unit === 'KiB' || figure.unit === 'ms' ? ` ${figure.unit}` : '';
				over.push({
					page,
					key,
					value,
					limit,
					gated,
					text: `${page} ${figure.label.trim()}: ${shown}${unit} (${gated ? 'budget' : 'target'} ${figure.atLeast ? '≥' : '≤'} ${limit}${unit})`
				});
				// A gated budget's mark wins over a target's.
				marks[page] ??= {};
				if (gated || !marks[page][key]) marks[page][key] = gated ? ' !' : ' ^';
			}
	}
	return { over, marks };
}
