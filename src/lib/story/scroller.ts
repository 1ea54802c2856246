/**
 * Scrollama wiring as a Svelte attachment: `{@attach scrollSteps(onStep)}` on
 * the element that holds the `[data-step]` elements. Attachments run only in
 * the browser, and Scrollama is imported there and destroyed on unmount.
 * Only the step id goes out: the scroll code knows nothing of the graphics.
 */
import type { Attachment } from 'svelte/attachments';

/** Where the trigger line sits, as a share of the viewport's height. */
export function triggerOffset(wide: boolean): 0.6 | 0.7 {
	// On phones the graphic fills the top of the screen, so the line sits lower.
	return wide ? 0.6 : 0.7;
}

export function scrollSteps(onStep: (id: string) => void): Attachment<HTMLElement> {
	return (container) => {
		let destroyed = false;
		let scroller: import('scrollama').ScrollamaInstance | undefined;
		let lastWidth = window.innerWidth;

		// A resize that only changes the height (a phone's address bar showing or
		// hiding) re-triggers nothing; a change of width re-measures the steps.
		const onResize = () => {
			if (window.innerWidth === lastWidth) return;
			lastWidth = window.innerWidth;
			scroller?.resize();
		};

		import('scrollama').then(({ default: scrollama }) => {
			if (destroyed) return;
			const wide = window.matchMedia('(min-width: 60rem)').matches;
			scroller = scrollama();
			scroller
				.setup({ step: Array.from(container.querySelectorAll<HTMLElement>('[data-step]')), offset: triggerOffset(wide) })
				.onStepEnter(({ element }) => {
					const id = element.dataset.step;
					if (id) onStep(id);
				});
			window.addEventListener('resize', onResize);
		});

		return () => {
			destroyed = true;
			window.removeEventListener('resize', onResize);
			scroller?.destroy();
		};
	};
}
