// subset-font ships no types: the call scripts/fonts.mjs makes (harfbuzz's subsetter, build time only).
declare module 'subset-font' {
	interface SubsetOptions {
		targetFormat?: 'sfnt' | 'woff' | 'woff2';
		keepFeatures?: string[];
		variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
		preserveNameIds?: number[];
		noLayoutClosure?: boolean;
	}
	export default function subsetFont(font: Buffer, text: string, options?: SubsetOptions): Promise<Buffer>;
}
