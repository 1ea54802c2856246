/**
 * Scrollama wiring as a Svelte attachment: `{@attach scrollSteps(onStep)}` on
 * the element that holds the `[data-step]` elements. Attachments run only in
 * the browser, and Scrollama is imported there and destroyed on unmount.
 * Only the step id goes out: the scroll code knows nothing of the graphics.
 *
 * Links to a step (`#<milestone id>`), on load and on back/forward, activate
 * that step and bring it into view. Other anchors, and fragments that are not
 * valid percent-encoding, are left alone. The browser's own jump to the
 * fragment is made to land the step in the same place (alignFragmentJumps),
 * since it may come after the script's. A timeline mark's link
 * (`a[data-control]`) glides there unless motion is reduced, the chosen step
 * shown all the way (the steps it passes are not reported).
 *
 * Scrollama reports a step when it crosses the trigger line; a fling or a
 * scrollbar drag can carry a short step across the line between two frames
 * without a report. So on every scroll (at most once per animation frame) the
 * step the reader has reached is also read from the page's geometry. And
 * Scrollama's reports come from an IntersectionObserver, which a busy page
 * can deliver late, after the page has moved on (or come to rest): a report
 * is only a cue to read the step reached from the geometry, so a late one
 * cannot leave a step active that the page is no longer at.
 */
import type { Attachment } from 'svelte/attachments';
import { MEDIA, TRIGGER } from '$lib/layout.js';
import { motion } from './motion.svelte';

/** Where the trigger line sits, as a share of the viewport's height. */
export function triggerOffset(wide: boolean): (typeof TRIGGER)[keyof typeof TRIGGER] {
	// On phones the graphic fills the top of the screen, so the line sits lower.
	return wide ? TRIGGER.wide : TRIGGER.narrow;
}

/** A fragment's text, or null when its percent-encoding is broken (`#%E0%A4%A`). */
export function decodeHash(hash: string): string | null {
	try {
		return decodeURIComponent(hash.replace(/^#/, ''));
	} catch {
		return null;
	}
}

const isWide = () => window.matchMedia(MEDIA.wide).matches;

/** The step element a location hash names, if it names one. */
export function stepForHash(container: HTMLElement, hash: string): HTMLElement | null {
	const id = decodeHash(hash);
	if (!id) return null;
	const el = container.querySelector<HTMLElement>(`[data-step="${CSS.escape(id)}"]`);
	return el;
}

/** Scrollama's trigger line in viewport px: it keeps its distance from the bottom when only the height changes. */
function triggerLine(offset: number, viewportHeight: number): number {
	return window.innerHeight - (1 - offset) * viewportHeight;
}

/**
 * The step the reader has reached: the last one whose top is above the
 * trigger line. Scrollama reports steps as they cross the line; a page that
 * opens (or reloads) with the line in the gap between two steps needs this.
 * `viewportHeight` is the height Scrollama's line was measured for (default:
 * now); like Scrollama's, the line keeps its distance from the bottom.
 */
export function stepReached(
	container: HTMLElement,
	offset: number,
	viewportHeight = window.innerHeight
): string | undefined {
	return lastAbove(topsOf(container, 0), triggerLine(offset, viewportHeight));
}

/** The steps' ids and tops, read from the layout: in viewport px plus `scrolled`. */
function topsOf(container: HTMLElement, scrolled: number): { id: string; top: number }[] {
	return Array.from(container.querySelectorAll<HTMLElement>('[data-step]'), (el) => ({
		id: el.dataset.step ?? '',
		top: el.getBoundingClientRect().top + scrolled
	}));
}

/** The id of the last step (in page order) whose top is at or above the line. */
function lastAbove(steps: { id: string; top: number }[], line: number): string | undefined {
	let reached: string | undefined;
	for (const { id, top } of steps) {
		if (top > line) break;
		reached = id;
	}
	return reached;
}

/**
 * stepReached for every frame of a scroll, without reading the layout: the
 * steps' tops in page px are read once, and again whenever the steps or the
 * page change size (a font, the map, the window), so a scroll handler only
 * compares them with window.scrollY.
 */
class StepTops {
	#container: HTMLElement;
	#tops: { id: string; top: number }[] = [];
	#observer: ResizeObserver | undefined;

	/** `onMeasure` is called after each reading, while the layout is fresh. */
	constructor(container: HTMLElement, onMeasure: () => void = () => {}) {
		this.#container = container;
		if (typeof ResizeObserver !== 'function') {
			this.measure();
			return;
		}
		// Called after layout (first in the next frame), so reading the tops there costs no extra layout.
		this.#observer = new ResizeObserver(() => {
			this.measure();
			onMeasure();
		});
		this.#observer.observe(container);
		this.#observer.observe(document.documentElement);
	}

	/** Reads the steps' tops from the layout. */
	measure(): void {
		this.#tops = topsOf(this.#container, window.scrollY);
	}

	/** As stepReached, from the tops last read, with the page scrolled to `scrollY`. */
	reached(offset: number, viewportHeight = window.innerHeight, scrollY = window.scrollY): string | undefined {
		return lastAbove(this.#tops, scrollY + triggerLine(offset, viewportHeight));
	}

	disconnect(): void {
		this.#observer?.disconnect();
	}
}

/** Space kept between a card brought into view and what is above it, in px. */
const LANDING_GAP = 12;

/**
 * Where, in viewport px, a step's top should land when a link brings it into
 * view: just below a graphic that sticks to the top of the screen (phones),
 * else with its middle on the trigger line, unless that would cut its top off.
 * Either way the top is above the line, so the step counts as reached.
 */
export function landingTop(stepHeight: number, line: number, stickyBottom: number | null): number {
	if (stickyBottom !== null && stickyBottom + LANDING_GAP < line) return stickyBottom + LANDING_GAP;
	return Math.max(LANDING_GAP, line - stepHeight / 2) - 2;
}

/** The bottom of the graphic when it sticks to the top of the screen above the steps (phones), else null. */
function stickyBottomOf(container: HTMLElement): number | null {
	const sticky = container.closest('.scrolly')?.querySelector<HTMLElement>('.sticky');
	if (!sticky || isWide() || getComputedStyle(sticky).position !== 'sticky') return null;
	return sticky.offsetHeight;
}

/**
 * Sets each step's `scroll-margin-top` so the browser's own jump to a step's
 * fragment puts it where landingTop does. Chrome keeps a linked element in
 * view (its top at the top of the screen, less the page's scroll-padding)
 * while the page loads, and that jump can come after the script has brought
 * the step into view; with these margins the two agree.
 */
function alignFragmentJumps(container: HTMLElement): void {
	const padding = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
	const line = window.innerHeight * triggerOffset(isWide());
	const stickyBottom = stickyBottomOf(container);
	for (const step of container.querySelectorAll<HTMLElement>('[data-step]')) {
		const top = landingTop(step.getBoundingClientRect().height, line, stickyBottom);
		step.style.scrollMarginTop = `${top - padding}px`;
	}
}

/** Scrolls (at once, or smoothly) so the step sits where landingTop puts it. */
function bringIntoView(container: HTMLElement, step: HTMLElement, behavior: ScrollBehavior = 'instant') {
	const rect = step.getBoundingClientRect();
	const line = window.innerHeight * triggerOffset(isWide());
	const top = landingTop(rect.height, line, stickyBottomOf(container));
	window.scrollTo({ top: window.scrollY + rect.top - top, behavior });
}

/**
 * A smooth scroll to a step ends at `scrollend`, or where that never comes (a
 * browser without it, a step already in place) once no scroll has come for
 * this long, ms. Not a fixed length: a long glide on a busy phone takes well
 * over a second and a half, and ending it early would show the steps it passes.
 */
const GLIDE_QUIET = 600;
/** Longest wait for a glide's first scroll, ms (a busy page may take a while to start it). */
const GLIDE_START = 1500;

/** `onStep` gets the id of the step reached, or undefined when the reader is above the first (the opening). */
export function scrollSteps(onStep: (id: string | undefined) => void): Attachment<HTMLElement> {
	return (container) => {
		let destroyed = false;
		let scroller: import('scrollama').ScrollamaInstance | undefined;
		let lastWidth = window.innerWidth;
		// The height Scrollama's line was measured for: kept while only the height changes.
		let measuredHeight = window.innerHeight;

		// The step a smooth scroll is carrying the page to: until it ends, the steps passed are not reported.
		let gliding: string | undefined;
		let glideTimer: ReturnType<typeof setTimeout> | undefined;
		const report = (id: string | undefined) => {
			if (gliding === undefined || id === gliding) onStep(id);
		};
		// The glide goes on while the page scrolls.
		const holdGlide = (wait = GLIDE_QUIET) => {
			clearTimeout(glideTimer);
			glideTimer = setTimeout(endGlide, wait);
		};
		const onGlideScroll = () => holdGlide();
		const endGlide = () => {
			if (gliding === undefined) return;
			gliding = undefined;
			clearTimeout(glideTimer);
			window.removeEventListener('scrollend', endGlide);
			window.removeEventListener('scroll', onGlideScroll);
			// Where the page came to rest (the reader may have scrolled on).
			onStep(stepReached(container, triggerOffset(isWide()), measuredHeight));
		};

		const followHash = (smooth = false) => {
			const step = stepForHash(container, location.hash);
			if (!step?.dataset.step) return;
			endGlide();
			onStep(step.dataset.step);
			if (smooth) {
				gliding = step.dataset.step;
				window.addEventListener('scrollend', endGlide);
				window.addEventListener('scroll', onGlideScroll, { passive: true });
				holdGlide(GLIDE_START);
			}
			bringIntoView(container, step, smooth ? 'smooth' : 'instant');
		};
		const onHash = () => followHash();
		alignFragmentJumps(container);
		followHash();
		container.closest('.scrolly')?.classList.add('ready');

		// A resize that only changes the height (a phone's address bar showing or
		// hiding) re-triggers nothing; a change of width re-measures the steps.
		const onResize = () => {
			if (window.innerWidth === lastWidth) return;
			lastWidth = window.innerWidth;
			measuredHeight = window.innerHeight;
			scroller?.resize();
		};
		// Links to a step inside the page (the table, the interview's back links)
		// bring it to the trigger line, even when the address already names it.
		const onClick = (event: MouseEvent) => {
			const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
			const hash = link?.getAttribute('href') ?? '';
			if (!link || link.classList.contains('permalink') || !stepForHash(container, hash)) return;
			event.preventDefault();
			if (location.hash !== hash) history.pushState(null, '', hash);
			followHash(link.hasAttribute('data-control') && !motion.reduced);
		};
		// Read on every frame of a scroll: from the steps' tops as last laid out, not from the layout.
		// When the layout changes (fonts, the map, a reload's restored scroll settling with them), the
		// step reached is read again: a change of layout under a still page can change it too.
		const tops = new StepTops(container, () => {
			alignFragmentJumps(container);
			if (scroller) reportReached();
		});
		const reportReached = (scrollY = window.scrollY) => {
			// Above the first step (back at the opening), nothing is reached: the graphic returns to its opening.
			report(tops.reached(triggerOffset(isWide()), measuredHeight, scrollY));
		};
		// A reload's scroll is restored as late as the page's load: read the step reached then too.
		const onLoad = () => {
			if (scroller) reportReached();
		};
		window.addEventListener('load', onLoad);
		// Whatever Scrollama missed: the step reached, read once per frame while scrolling.
		// The scroll position is read in the scroll event, which comes before the frame's
		// animations: read in the animation frame, after a move of the graphics has changed
		// the page, window.scrollY would make the browser lay the page out there and then.
		let frame = 0;
		let scrolledTo = 0;
		const onScroll = () => {
			scrolledTo = window.scrollY;
			if (frame) return;
			frame = requestAnimationFrame(() => {
				frame = 0;
				reportReached(scrolledTo);
			});
		};
		document.addEventListener('click', onClick);
		window.addEventListener('hashchange', onHash);
		window.addEventListener('popstate', onHash);

		import('scrollama').then(({ default: scrollama }) => {
			if (destroyed) return;
			const offset = triggerOffset(isWide());
			measuredHeight = window.innerHeight;
			// Where the reader already is (a reload restores the scroll position).
			const reached = stepReached(container, offset, measuredHeight);
			if (reached) onStep(reached);
			scroller = scrollama();
			scroller
				.setup({ step: Array.from(container.querySelectorAll<HTMLElement>('[data-step]')), offset })
				.onStepEnter(() => reportReached());
			window.addEventListener('resize', onResize);
			window.addEventListener('scroll', onScroll, { passive: true });
			// A reload's restored scroll may land between the read above and these listeners: read once more.
			onScroll();
		});

		return () => {
			destroyed = true;
			window.removeEventListener('load', onLoad);
			window.removeEventListener('resize', onResize);
			window.removeEventListener('scroll', onScroll);
			cancelAnimationFrame(frame);
			document.removeEventListener('click', onClick);
			window.removeEventListener('hashchange', onHash);
			window.removeEventListener('popstate', onHash);
			window.removeEventListener('scrollend', endGlide);
			window.removeEventListener('scroll', onGlideScroll);
			clearTimeout(glideTimer);
			tops.disconnect();
			scroller?.destroy();
		};
	};
}
