/**
 * Horizontal swipes on touch (and pen) screens, from pointer events: at least
 * SWIPE_MIN_PX across and mostly sideways. Mouse drags are left alone (they
 * select text). Give the element `touch-action: pan-y` so the browser keeps
 * vertical scrolling and hands sideways moves to the page.
 * Usage: <div {@attach swipe((direction) => (direction === 'left' ? next() : previous()))}>
 */

/** How far, in CSS pixels, a finger must travel sideways for a swipe. */
export const SWIPE_MIN_PX = 40;

/** 'left' or 'right' if a move of (dx, dy) pixels is a swipe, else null: ≥ SWIPE_MIN_PX across and at least twice as far across as down. */
export function swipeDirection(dx: number, dy: number): 'left' | 'right' | null {
	if (Math.abs(dx) < SWIPE_MIN_PX || Math.abs(dx) < 2 * Math.abs(dy)) return null;
	return dx < 0 ? 'left' : 'right';
}

/** A Svelte attachment calling `onSwipe` with the direction of each touch or pen swipe on the element. */
export function swipe(onSwipe: (direction: 'left' | 'right') => void) {
	return (element: HTMLElement) => {
		let start: { id: number; x: number; y: number } | null = null;
		const down = (event: PointerEvent) => {
			if (event.pointerType === 'mouse' || !event.isPrimary) return;
			start = { id: event.pointerId, x: event.clientX, y: event.clientY };
		};
		const up = (event: PointerEvent) => {
			if (!start || event.pointerId !== start.id) return;
			const direction = swipeDirection(event.clientX - start.x, event.clientY - start.y);
			start = null;
			if (direction) onSwipe(direction);
		};
		const cancel = () => (start = null);
		element.addEventListener('pointerdown', down);
		element.addEventListener('pointerup', up);
		element.addEventListener('pointercancel', cancel);
		return () => {
			element.removeEventListener('pointerdown', down);
			element.removeEventListener('pointerup', up);
			element.removeEventListener('pointercancel', cancel);
		};
	};
}
