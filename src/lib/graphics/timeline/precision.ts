/**
 * The colour of each precision when every mark is highlighted (the recap), shared by the marks and the
 * key (PrecisionKey.svelte). Each is ≥ 5:1 on the paper and under white text.
 * Usage: style="--mark-on: {PRECISION_COLOURS[item.precision]}"
 */
import type { DatedPrecision } from './types';

export type Precision = DatedPrecision | 'undated';

export const PRECISION_COLOURS: Record<Precision, string> = {
	day: '#b3401b',
	month: '#1d6a8a',
	year: '#55691a',
	range: '#6a4c93',
	undated: '#5c5a55'
};
