// The layout's numbers, in one place: components, the scroller, scripts and
// tests import them, and CSS gets them through custom media queries, `@media
// (--wide)` and `@media (--narrow)`, which vite.config.ts expands at build
// time (custom properties cannot be used in media queries).
// Plain JavaScript with JSDoc types, so Node scripts import it as it is.

/** The width from which the text runs beside the sticky graphic, in rem (16 px each). */
export const WIDE_MIN_REM = 45;

/** The same width in CSS pixels. */
export const WIDE_MIN_PX = WIDE_MIN_REM * 16;

/** Media queries for wide screens and for everything narrower. */
export const MEDIA = {
	wide: `(min-width: ${WIDE_MIN_REM}rem)`,
	narrow: `(max-width: ${WIDE_MIN_REM - 0.01}rem)`
};

/**
 * Where Scrollama's trigger line sits, as a share of the viewport's height:
 * lower on phones, where the graphic holds the top of the screen.
 */
export const TRIGGER = /** @type {const} */ ({ wide: 0.6, narrow: 0.7 });

/**
 * The trigger line's share of the height for a viewport this many CSS pixels wide.
 * @param {number} viewportWidth
 */
export const triggerFor = (viewportWidth) => (viewportWidth >= WIDE_MIN_PX ? TRIGGER.wide : TRIGGER.narrow);
