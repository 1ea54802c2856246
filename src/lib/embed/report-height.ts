/**
 * The embed page's side of sizing: posts the content height to the parent
 * (in the three formats of messages.ts) whenever it changes. Browser only.
 * As a Svelte attachment on the embed's root:
 *
 *     <div {@attach (el) => reportHeight(el, { childId, src: page.url.href }).destroy}>
 *
 * or keep the handle and call `update()` after a step change.
 */
import { sizeMessages, type SizeMessage } from './messages';

/** Who the embed is (see SizeSender in messages.ts) and how it posts; `post` defaults to the parent window, any origin. */
export interface ReportHeightOptions {
	childId?: string | null;
	src?: string;
	post?: (message: SizeMessage) => void;
}

/** A running height reporter: `update()` asks for a measure on the next frame, `destroy()` stops it. */
export interface HeightReporter {
	update(): void;
	destroy(): void;
}

/**
 * Measures `element` (its border box, rounded up) and posts the size messages:
 * at start, whenever a ResizeObserver sees it change, once `document.fonts.ready`
 * resolves, and on `update()`. Requests are coalesced to one measure per
 * animation frame, and a height equal to the last one posted is not posted again.
 */
export function reportHeight(element: HTMLElement, options: ReportHeightOptions = {}): HeightReporter {
	const { childId = null, src = location.href, post = (message) => window.parent.postMessage(message, '*') } = options;
	let frame: number | null = null;
	let last: number | null = null;
	let stopped = false;

	const measure = () => {
		frame = null;
		if (stopped) return;
		const height = Math.ceil(element.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		for (const message of sizeMessages(height, { childId, src })) post(message);
	};
	const update = () => {
		if (stopped || frame !== null) return;
		frame = requestAnimationFrame(measure);
	};

	const observer = new ResizeObserver(update);
	observer.observe(element);
	if ('fonts' in document) document.fonts.ready.then(update, () => {});
	update();

	return {
		update,
		destroy: () => {
			stopped = true;
			observer.disconnect();
			if (frame !== null) cancelAnimationFrame(frame);
			frame = null;
		}
	};
}
