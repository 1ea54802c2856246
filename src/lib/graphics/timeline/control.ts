/**
 * What makes a timeline's marks and chips controls (see Marks.svelte and
 * UndatedLane.svelte): a link, a button or nothing; their accessible name;
 * the pointer, focus and key handlers that show the tooltip and select. Plain
 * functions, shared by both layers.
 * Usage: const c = controlFor(props, id); {#if c.kind !== 'none'}<a href={c.href} …>{/if}
 */

/** Smallest side of a control's hit area, CSS px (WCAG 2.5.8, axe's target-size). */
export const HIT = 24;

/** What Timeline hands its layers to make the marks controls. */
export interface MarkControls {
	/** The address of an item's link (see TimelineProps.hrefFor). */
	hrefFor?: (id: string) => string | undefined;
	/** Called with an item's id when it is chosen (see TimelineProps.onselect). */
	onselect?: (id: string) => void;
	/** The accessible name of an item's control, from its name and date. */
	actionLabel?: (label: string, dateLabel: string) => string;
	/** Shows the tooltip of an item (its id), or hides it (null). */
	peek: (id: string | null) => void;
}

/** Whether an item is drawn as a link, a button, or a plain mark. */
export function controlKind(c: MarkControls, id: string): { kind: 'link'; href: string } | { kind: 'button' | 'none' } {
	const href = c.hrefFor?.(id);
	if (href !== undefined) return { kind: 'link', href };
	return { kind: c.onselect ? 'button' : 'none' };
}

/** The name a screen reader gives the control. */
export const nameOf = (c: MarkControls, label: string, dateLabel: string) =>
	c.actionLabel ? c.actionLabel(label, dateLabel) : `${label}, ${dateLabel}`;

/** Pointer, focus and key handlers of an item's control. */
export function handlersFor(c: MarkControls, id: string) {
	return {
		onclick(event: MouseEvent) {
			if (!c.onselect) return; // a plain link: the page follows it
			event.preventDefault();
			c.onselect(id);
		},
		onkeydown(event: KeyboardEvent) {
			// A link follows Enter by itself (a click); a button (no href) also takes Space.
			const button = !(event.currentTarget as Element).hasAttribute('href');
			if (event.key === 'Escape') c.peek(null);
			else if (button && (event.key === 'Enter' || event.key === ' ')) {
				event.preventDefault();
				c.onselect?.(id);
			}
		},
		onpointerenter(event: PointerEvent) {
			// A tap navigates; a tooltip is for a pointer that hovers.
			if (event.pointerType !== 'touch') c.peek(id);
		},
		onpointerleave() {
			c.peek(null);
		},
		onfocus(event: FocusEvent) {
			// Shown for the keyboard, not after a click or a tap moved the focus.
			const el = event.currentTarget as Element;
			if (!el.matches?.(':focus-visible') && el.matches?.(':hover')) return;
			c.peek(id);
		},
		onblur() {
			c.peek(null);
		}
	};
}
