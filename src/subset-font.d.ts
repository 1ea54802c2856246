// subset-font ships no types: the calls scripts/fonts.mjs and the cards' fonts make (harfbuzz's subsetter and instancer, build time only).
declare module 'subset-font' {
	interface SubsetOptions {
		targetFormat?: 'sfnt' | 'woff' | 'woff2';
		keepFeatures?: string[];
		variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
		preserveNameIds?: number[];
		noLayoutClosure?: boolean;
		/** Every glyph kept (no text given): with variationAxes, a static instance of the whole font. */
		keepAllGlyphs?: boolean;
	}
	export default function subsetFont(font: Buffer, text: string | undefined, options?: SubsetOptions): Promise<Buffer>;
}
