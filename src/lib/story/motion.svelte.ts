/**
 * Whether the page moves: the reader's system setting (prefers-reduced-motion)
 * unless they chose otherwise with the page's switch (MotionSwitch.svelte).
 * The choice lasts for the visit (sessionStorage) and is mirrored on <html> as
 * data-motion="reduce" | "full", which app.css reads to stop CSS transitions.
 * Usage: import { motion } from './motion.svelte';
 *        <Timeline … reducedMotion={motion.reduced} />  motion.choose(true)
 */
import { prefersReducedMotion } from 'svelte/motion';

const KEY = 'reduce-motion';

function stored(): boolean | null {
	try {
		const v = sessionStorage.getItem(KEY);
		return v === null ? null : v === 'true';
	} catch {
		return null;
	}
}

class Motion {
	/** The reader's choice on this page, or null to follow the system. */
	#choice = $state<boolean | null>(typeof window === 'undefined' ? null : stored());

	/** Whether motion is reduced now. */
	get reduced(): boolean {
		return this.#choice ?? prefersReducedMotion.current;
	}

	/** Whether the reader chose on the page (rather than following the system). */
	get chosen(): boolean {
		return this.#choice !== null;
	}

	/** Reduce motion (true) or allow it (false), for the rest of the visit. */
	choose(reduce: boolean) {
		this.#choice = reduce;
		try {
			sessionStorage.setItem(KEY, String(reduce));
		} catch {
			// Storage may be blocked; the choice still holds on this page.
		}
		mirror(reduce);
	}

	/** Mirrors a stored choice on <html> (call once in the browser). */
	restore() {
		if (this.#choice !== null) mirror(this.#choice);
	}
}

function mirror(reduce: boolean) {
	document.documentElement.dataset.motion = reduce ? 'reduce' : 'full';
}

export const motion = new Motion();
