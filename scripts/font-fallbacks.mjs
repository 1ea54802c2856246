// Metric-matched fallback faces: the fonts a reader has installed (Arial or its
// metric twins Liberation Sans and Arimo, Roboto on Android; Georgia, Times New
// Roman or Liberation Serif/Tinos, Noto Serif) scaled and given Inter's and
// Source Serif 4's ascent, descent and average width (capsize's metrics), so
// that text drawn before or without the web fonts (font-display: optional)
// takes the same room and nothing moves or wraps differently.
// Usage: fallbackFaces() → CSS text (scripts/fonts.mjs appends it to faces.css);
//        FALLBACK_FAMILIES.sans → the names app.css puts after 'Inter Variable'.
import { createFontStack } from '@capsizecss/core';
import arial from '@capsizecss/metrics/arial';
import georgia from '@capsizecss/metrics/georgia';
import inter from '@capsizecss/metrics/inter';
import notoSerif from '@capsizecss/metrics/notoSerif';
import roboto from '@capsizecss/metrics/roboto';
import sourceSerif4 from '@capsizecss/metrics/sourceSerif4';
import timesNewRoman from '@capsizecss/metrics/timesNewRoman';

/**
 * Each web font, and the installed fonts that stand in for it: the metrics to
 * match and the local() names of their regular, bold and italic faces (metric
 * twins share the metrics of the font they copy).
 */
const STACKS = {
	sans: {
		family: 'Inter Variable',
		metrics: inter,
		fallbacks: [
			{
				name: 'Arial',
				metrics: arial,
				regular: ['Arial', 'ArialMT', 'Liberation Sans', 'LiberationSans', 'Arimo', 'Arimo Regular'],
				bold: ['Arial Bold', 'Arial-BoldMT', 'Liberation Sans Bold', 'LiberationSans-Bold', 'Arimo Bold', 'Arimo-Bold'],
				italic: ['Arial Italic', 'Arial-ItalicMT', 'Liberation Sans Italic', 'LiberationSans-Italic', 'Arimo Italic']
			},
			{
				name: 'Roboto',
				metrics: roboto,
				regular: ['Roboto', 'Roboto Regular', 'Roboto-Regular'],
				bold: ['Roboto Bold', 'Roboto-Bold'],
				italic: ['Roboto Italic', 'Roboto-Italic']
			}
		]
	},
	serif: {
		family: 'Source Serif 4 Variable',
		metrics: sourceSerif4,
		fallbacks: [
			{
				name: 'Georgia',
				metrics: georgia,
				regular: ['Georgia'],
				bold: ['Georgia Bold', 'Georgia-Bold'],
				italic: ['Georgia Italic', 'Georgia-Italic']
			},
			{
				name: 'Times New Roman',
				metrics: timesNewRoman,
				regular: ['Times New Roman', 'TimesNewRomanPSMT', 'Liberation Serif', 'LiberationSerif', 'Tinos'],
				bold: [
					'Times New Roman Bold',
					'TimesNewRomanPS-BoldMT',
					'Liberation Serif Bold',
					'LiberationSerif-Bold',
					'Tinos Bold'
				],
				italic: [
					'Times New Roman Italic',
					'TimesNewRomanPS-ItalicMT',
					'Liberation Serif Italic',
					'LiberationSerif-Italic',
					'Tinos Italic'
				]
			},
			{
				name: 'Noto Serif',
				metrics: notoSerif,
				regular: ['Noto Serif', 'NotoSerif', 'NotoSerif-Regular'],
				bold: ['Noto Serif Bold', 'NotoSerif-Bold'],
				italic: ['Noto Serif Italic', 'NotoSerif-Italic']
			}
		]
	}
};

/** The fallback families, in order, for each stack: what app.css lists after the web font. */
export const FALLBACK_FAMILIES = Object.fromEntries(
	Object.entries(STACKS).map(([key, s]) => [key, s.fallbacks.map((f) => `${s.family} Fallback: ${f.name}`)])
);

/** CSS text: for each fallback, a regular, a bold and an italic face with the web font's metrics. */
export function fallbackFaces() {
	const css = ['/* Metric-matched fallbacks (scripts/font-fallbacks.mjs, capsize metrics). */'];
	for (const stack of Object.values(STACKS)) {
		for (const fallback of stack.fallbacks) {
			// capsize computes the overrides; the local() names and weights are ours.
			const { fontFaces } = createFontStack(
				[
					{ ...stack.metrics, familyName: stack.family },
					{ ...fallback.metrics, familyName: fallback.name }
				],
				{ fontFaceFormat: 'styleObject' }
			);
			const o = fontFaces[0]['@font-face'];
			const overrides = [
				`\tascent-override: ${o.ascentOverride};`,
				`\tdescent-override: ${o.descentOverride};`,
				`\tline-gap-override: ${o.lineGapOverride ?? '0%'};`,
				`\tsize-adjust: ${o.sizeAdjust};`
			];
			for (const [style, weight, names] of /** @type {const} */ ([
				['normal', '400 549', fallback.regular],
				['normal', '550 900', fallback.bold],
				['italic', '400 549', fallback.italic]
			])) {
				css.push(
					`@font-face {`,
					`\tfont-family: '${stack.family} Fallback: ${fallback.name}';`,
					`\tfont-style: ${style};`,
					`\tfont-weight: ${weight};`,
					`\tsrc: ${names.map((n) => `local('${n}')`).join(', ')};`,
					...overrides,
					`}`
				);
			}
		}
	}
	return css.join('\n') + '\n';
}
