/**
 * Scrollama wiring as a Svelte attachment: `{@attach scrollSteps(onStep)}` on
 * the element that holds the `[data-step]` elements. Attachments run only in
 * the browser, and Scrollama is imported there and destroyed on unmount.
 * Only the step id goes out: the scroll code knows nothing of the graphics.
 *
 * Links to a step (`#<milestone id>`), on load and on back/forward, activate
 * that step and bring it to the trigger line. Other anchors are left alone.
 */
import type { Attachment } from 'svelte/attachments';
import { MEDIA, TRIGGER } from '$lib/layout.js';

/** Where the trigger line sits, as a share of the viewport's height. */
export function triggerOffset(wide: boolean): (typeof TRIGGER)[keyof typeof TRIGGER] {
	// On phones the graphic fills the top of the screen, so the line sits lower.
	return wide ? TRIGGER.wide : TRIGGER.narrow;
}

/**
 * A tiny inline script for <head>: if the address names one of these steps,
 * mark <html> so CSS hides the graphic until the scroller has taken over.
 */
export function openingStepScript(stepIds: string[]): string {
	return `if(${JSON.stringify(stepIds)}.includes(decodeURIComponent(location.hash.slice(1))))document.documentElement.classList.add('opening-step')`;
}

const isWide = () => window.matchMedia(MEDIA.wide).matches;

/** The step element a location hash names, if it names one. */
export function stepForHash(container: HTMLElement, hash: string): HTMLElement | null {
	const id = decodeURIComponent(hash.replace(/^#/, ''));
	if (!id) return null;
	const el = container.querySelector<HTMLElement>(`[data-step="${CSS.escape(id)}"]`);
	return el;
}

/**
 * The step the reader has reached: the last one whose top is above the
 * trigger line. Scrollama reports steps as they cross the line; a page that
 * opens (or reloads) with the line in the gap between two steps needs this.
 */
export function stepReached(container: HTMLElement, offset: number): string | undefined {
	const line = window.innerHeight * offset;
	let reached: string | undefined;
	for (const el of container.querySelectorAll<HTMLElement>('[data-step]')) {
		if (el.getBoundingClientRect().top > line) break;
		reached = el.dataset.step;
	}
	return reached;
}

/** Scrolls at once so the step's middle sits just past the trigger line. */
function bringToTrigger(step: HTMLElement) {
	const rect = step.getBoundingClientRect();
	const line = window.innerHeight * triggerOffset(isWide());
	window.scrollTo({ top: window.scrollY + rect.top + rect.height / 2 - line + 2, behavior: 'instant' });
}

export function scrollSteps(onStep: (id: string) => void): Attachment<HTMLElement> {
	return (container) => {
		let destroyed = false;
		let scroller: import('scrollama').ScrollamaInstance | undefined;
		let lastWidth = window.innerWidth;

		const followHash = () => {
			const step = stepForHash(container, location.hash);
			if (!step?.dataset.step) return;
			onStep(step.dataset.step);
			bringToTrigger(step);
		};
		followHash();
		container.closest('.scrolly')?.classList.add('ready');

		// A resize that only changes the height (a phone's address bar showing or
		// hiding) re-triggers nothing; a change of width re-measures the steps.
		const onResize = () => {
			if (window.innerWidth === lastWidth) return;
			lastWidth = window.innerWidth;
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
			followHash();
		};
		document.addEventListener('click', onClick);
		window.addEventListener('hashchange', followHash);
		window.addEventListener('popstate', followHash);

		import('scrollama').then(({ default: scrollama }) => {
			if (destroyed) return;
			const offset = triggerOffset(isWide());
			// Where the reader already is (a reload restores the scroll position).
			const reached = stepReached(container, offset);
			if (reached) onStep(reached);
			scroller = scrollama();
			scroller
				.setup({ step: Array.from(container.querySelectorAll<HTMLElement>('[data-step]')), offset })
				.onStepEnter(({ element }) => {
					const id = element.dataset.step;
					if (id) onStep(id);
				});
			window.addEventListener('resize', onResize);
		});

		return () => {
			destroyed = true;
			window.removeEventListener('resize', onResize);
			document.removeEventListener('click', onClick);
			window.removeEventListener('hashchange', followHash);
			window.removeEventListener('popstate', followHash);
			scroller?.destroy();
		};
	};
}
