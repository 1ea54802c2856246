/**
 * How much wider the font the browser really draws is than textWidth's
 * estimate. The estimate errs wide for Inter and common fallbacks, but a
 * reader's fallback font (fonts are font-display: optional) can be wider
 * still; then every label is placed by its drawn width, never cut off.
 * Each measured text carries its estimate in `data-estimate` (px).
 * Usage: const drawn = new DrawnWidth(); … textWidth(t, 11) * drawn.widen …
 *        $effect(() => { deps; drawn.measure(svg) });  drawn.watchFonts(() => drawn.measure(svg));
 */
export class DrawnWidth {
	/** Factor (≥ 1) to multiply estimates by so they hold the drawn text. */
	widen = $state(1);

	/** Compares each `[data-estimate]` text in `root` with its drawn width; widens, never narrows. */
	measure(root: Element | undefined): void {
		if (!root) return;
		let ratio = this.widen;
		for (const el of root.querySelectorAll<SVGTextContentElement>('[data-estimate]')) {
			const estimate = Number(el.dataset.estimate);
			if (!(estimate > 0) || typeof el.getComputedTextLength !== 'function') continue;
			ratio = Math.max(ratio, el.getComputedTextLength() / estimate);
		}
		// Rounded up, so one new measure settles it.
		if (ratio > this.widen + 0.005) this.widen = Math.ceil(ratio * 100) / 100;
	}

	/** When a font finishes loading, starts again from the estimate and calls `remeasure`; returns the unsubscribe. */
	watchFonts(remeasure: () => void): () => void {
		const fonts = typeof document === 'undefined' ? undefined : document.fonts;
		if (!fonts) return () => {};
		const onLoad = () => {
			this.widen = 1;
			remeasure();
		};
		fonts.addEventListener('loadingdone', onLoad);
		return () => fonts.removeEventListener('loadingdone', onLoad);
	}
}
