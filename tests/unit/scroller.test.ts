// @vitest-environment jsdom
// The helpers of src/lib/story/scroller.ts, in jsdom: where the trigger line
// sits, which step an address names, which step the reader has reached (the
// head script that hides the graphic while a linked step opens: inline-scripts.test.ts),
// and what the attachment makes of Scrollama's reports.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeHash, landingTop, scrollSteps, stepForHash, stepReached, triggerOffset } from '$lib/story/scroller';

// Scrollama stand-in: keeps the step-enter callback, so a test can deliver a report when it likes.
const scrollama = vi.hoisted(() => ({ onStepEnter: [] as Array<(r: { element: HTMLElement }) => void> }));
vi.mock('scrollama', () => ({
	default: () => {
		const instance = {
			setup: () => instance,
			onStepEnter: (fn: (r: { element: HTMLElement }) => void) => (scrollama.onStepEnter.push(fn), instance),
			resize: () => instance,
			destroy: () => {}
		};
		return instance;
	}
}));

// jsdom has no CSS.escape, which browsers have: the CSSOM algorithm, for ids.
globalThis.CSS ??= {
	escape: (value: string) =>
		Array.from(value, (ch, i) => {
			const code = ch.codePointAt(0)!;
			if (code === 0) return '\uFFFD';
			if ((code >= 0x1 && code <= 0x1f) || code === 0x7f) return `\\${code.toString(16)} `;
			if (/[0-9]/.test(ch) && (i === 0 || (i === 1 && value[0] === '-'))) return `\\${code.toString(16)} `;
			if (i === 0 && ch === '-' && value.length === 1) return '\\-';
			if (code >= 0x80 || /[-_0-9a-zA-Z]/.test(ch)) return ch;
			return `\\${ch}`;
		}).join('')
} as typeof CSS;

let container: HTMLElement;

/** Steps with these ids, in a container, plus a paragraph anchor and a step outside. */
function setup(ids: string[]) {
	document.body.innerHTML = '';
	container = document.createElement('div');
	for (const id of ids) {
		const step = document.createElement('article');
		step.dataset.step = id;
		step.id = id;
		container.append(step);
	}
	const paragraph = document.createElement('p');
	paragraph.id = 'p4';
	const outside = document.createElement('article');
	outside.dataset.step = 'outside';
	document.body.append(container, paragraph, outside);
}

/** Lays the steps out: each one's top, in viewport pixels (jsdom lays nothing out). */
function layOut(tops: number[]) {
	container.querySelectorAll<HTMLElement>('[data-step]').forEach((el, i) => {
		el.getBoundingClientRect = () => ({ top: tops[i], bottom: tops[i] + 200, height: 200 }) as DOMRect;
	});
}

describe('triggerOffset', () => {
	it('puts the line at 60 % of the viewport on wide screens and 70 % on phones', () => {
		expect(triggerOffset(true)).toBe(0.6);
		expect(triggerOffset(false)).toBe(0.7);
	});
});

describe('stepForHash', () => {
	beforeEach(() => setup(['memorandum', 'café', 'odd"]id']));

	it('finds the step an address names, with or without the #', () => {
		expect(stepForHash(container, '#memorandum')?.dataset.step).toBe('memorandum');
		expect(stepForHash(container, 'memorandum')?.dataset.step).toBe('memorandum');
	});

	it('decodes the address and escapes the id', () => {
		expect(stepForHash(container, '#caf%C3%A9')?.dataset.step).toBe('café');
		expect(stepForHash(container, `#${encodeURIComponent('odd"]id')}`)?.dataset.step).toBe('odd"]id');
	});

	it('ignores empty and unknown anchors, other elements’ ids and steps outside the container', () => {
		expect(stepForHash(container, '')).toBeNull();
		expect(stepForHash(container, '#')).toBeNull();
		expect(stepForHash(container, '#no-such-step')).toBeNull();
		expect(stepForHash(container, '#p4')).toBeNull();
		expect(stepForHash(container, '#outside')).toBeNull();
	});

	it('ignores a fragment whose percent-encoding is broken', () => {
		setup(['memorandum']);
		expect(() => stepForHash(container, '#%E0%A4%A')).not.toThrow();
		expect(stepForHash(container, '#%E0%A4%A')).toBeNull();
		expect(stepForHash(container, '#%')).toBeNull();
	});
});

describe('stepReached', () => {
	it('keeps the line where Scrollama measured it when only the height has changed since', () => {
		setup(['first', 'second', 'third']);
		window.innerHeight = 1000;
		layOut([100, 650, 900]);
		expect(stepReached(container, 0.6)).toBe('first'); // line at 600
		// Measured at 800 px tall: 320 px above the bottom, now at 680 (as Scrollama's rootMargin does).
		expect(stepReached(container, 0.6, 800)).toBe('second');
	});

	beforeEach(() => {
		setup(['first', 'second', 'third']);
		window.innerHeight = 1000;
	});

	it('is the last step whose top is above the trigger line', () => {
		layOut([100, 500, 900]);
		expect(stepReached(container, 0.6)).toBe('second'); // line at 600
		expect(stepReached(container, 0.95)).toBe('third'); // line at 950
	});

	it('holds a step while the line is in the gap below it', () => {
		layOut([-700, -100, 800]);
		expect(stepReached(container, 0.6)).toBe('second');
	});

	it('counts a step whose top is on the line', () => {
		layOut([100, 600, 900]);
		expect(stepReached(container, 0.6)).toBe('second');
	});

	it('is undefined above the first step', () => {
		layOut([700, 1200, 1700]);
		expect(stepReached(container, 0.6)).toBeUndefined();
	});
});

describe('decodeHash', () => {
	it('decodes a fragment, with or without its #', () => {
		expect(decodeHash('#caf%C3%A9')).toBe('café');
		expect(decodeHash('memorandum')).toBe('memorandum');
		expect(decodeHash('')).toBe('');
	});
	it('gives null for broken percent-encoding', () => {
		expect(decodeHash('#%E0%A4%A')).toBeNull();
		expect(decodeHash('#%')).toBeNull();
	});
});

describe('landingTop', () => {
	it('lands a card just below a graphic stuck to the top of a phone screen', () => {
		// 812 px phone: graphic 487 px tall, trigger line at 568 px.
		expect(landingTop(400, 568, 487)).toBe(499);
	});
	it('puts the middle on the trigger line when nothing sticks above the steps', () => {
		expect(landingTop(200, 540, null)).toBe(438);
	});
	it('never cuts off the top of a card taller than the space above the line', () => {
		expect(landingTop(900, 300, null)).toBe(10);
	});
	it('falls back to the trigger line when the graphic reaches below it', () => {
		expect(landingTop(200, 315, 432)).toBe(213);
	});
	it('always lands the top above the trigger line, so the step counts as reached', () => {
		for (const [height, line, sticky] of [
			[100, 568, 487],
			[2000, 568, 487],
			[300, 315, null],
			[300, 315, 400]
		] as const)
			expect(landingTop(height, line, sticky)).toBeLessThan(line);
	});
});

/** Sets jsdom's scroll position (it lays nothing out, so this scrolls nothing). */
function scrollTo(y: number) {
	Object.defineProperty(window, 'scrollY', { value: y, configurable: true });
}

describe('scrollSteps', () => {
	let detach: (() => void) | void;
	const onStep = vi.fn();

	beforeEach(async () => {
		setup(['first', 'second', 'third']);
		window.innerHeight = 1000;
		window.matchMedia = ((query: string) => ({ matches: query.includes('min-width') })) as typeof window.matchMedia;
		scrollama.onStepEnter.length = 0;
		onStep.mockClear();
		// Scrolled 1,000 px down: the steps' tops on the page are 100, 500 and 1,300 px.
		scrollTo(1000);
		layOut([-900, -500, 300]); // the line (600 px, wide) is in the third step
		detach = scrollSteps(onStep)(container);
		await vi.waitFor(() => expect(scrollama.onStepEnter).toHaveLength(1));
	});
	afterEach(() => detach?.());

	it('shows the step reached once Scrollama is set up (a reload keeps the scroll position)', () => {
		expect(onStep).toHaveBeenLastCalledWith('third');
	});

	it('takes a late report for a step the page has since left as a cue, and keeps the step reached', () => {
		onStep.mockClear();
		const second = container.querySelector<HTMLElement>('[data-step="second"]')!;
		scrollama.onStepEnter[0]({ element: second });
		expect(onStep).not.toHaveBeenCalledWith('second');
		expect(onStep).toHaveBeenLastCalledWith('third');
	});

	it('reads the steps from where they were laid out, not from the layout, on each report', () => {
		scrollTo(600);
		// A read of the layout now would find the first step reached.
		layOut([-900, 700, 1500]);
		const second = container.querySelector<HTMLElement>('[data-step="second"]')!;
		scrollama.onStepEnter[0]({ element: second });
		expect(onStep).toHaveBeenLastCalledWith('second');
	});

	it('gives each step the scroll margin that makes the browser’s own jump to its fragment land it there too', () => {
		// The line is at 600 px (wide): a 200 px step lands with its middle 2 px above it, its
		// top at 498 px; the browser's jump puts the top at the scroll-padding plus the margin.
		detach?.();
		document.documentElement.style.scrollPaddingTop = '16px';
		detach = scrollSteps(onStep)(container);
		const margins = [...container.querySelectorAll<HTMLElement>('[data-step]')].map((el) => el.style.scrollMarginTop);
		document.documentElement.style.scrollPaddingTop = '';
		expect(margins).toEqual(['482px', '482px', '482px']);
	});

	it('follows a report when the page is where it says', () => {
		scrollTo(600); // scrolled back up: the line (1,200 px on the page) is in the second step
		layOut([-500, -100, 700]);
		const second = container.querySelector<HTMLElement>('[data-step="second"]')!;
		scrollama.onStepEnter[0]({ element: second });
		expect(onStep).toHaveBeenLastCalledWith('second');
	});
});

describe('scrollSteps on every frame of a scroll', () => {
	const onStep = vi.fn();
	let detach: (() => void) | void;
	let frames: FrameRequestCallback[] = [];

	beforeEach(async () => {
		setup(['first', 'second', 'third']);
		window.innerHeight = 1000;
		window.matchMedia = ((query: string) => ({ matches: query.includes('min-width') })) as typeof window.matchMedia;
		scrollama.onStepEnter.length = 0;
		frames = [];
		vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
		scrollTo(0);
		layOut([100, 500, 1300]); // the line (600 px, wide) is in the second step
		detach = scrollSteps(onStep)(container);
		await vi.waitFor(() => expect(scrollama.onStepEnter).toHaveLength(1));
		onStep.mockClear();
	});
	afterEach(() => {
		detach?.();
		vi.restoreAllMocks();
	});

	it('takes the scroll position of the scroll event, and reads neither it nor the layout in the frame', () => {
		scrollTo(1000); // the line is now 1,600 px down the page: in the third step
		window.dispatchEvent(new Event('scroll'));
		expect(frames).toHaveLength(1);
		// In the frame, the page has moved on (a graphic's move changed it): reading the
		// position or the layout now would cost a layout, and would find the first step.
		const scrollY = vi.fn(() => 0);
		Object.defineProperty(window, 'scrollY', { get: scrollY, configurable: true });
		layOut([-1000, -600, -200]);
		const rects = [...container.querySelectorAll<HTMLElement>('[data-step]')].map((el) =>
			vi.spyOn(el, 'getBoundingClientRect')
		);
		frames[0](performance.now());
		expect(scrollY).not.toHaveBeenCalled();
		for (const rect of rects) expect(rect).not.toHaveBeenCalled();
		expect(onStep).toHaveBeenLastCalledWith('third');
	});
});

describe('scrollSteps: a glide to a step chosen on the timeline', () => {
	const onStep = vi.fn();
	let detach: (() => void) | void;
	let frames: FrameRequestCallback[] = [];
	const runFrames = () => frames.splice(0).forEach((f) => f(performance.now()));

	beforeEach(async () => {
		setup(['first', 'second', 'third']);
		const link = document.createElement('a');
		link.href = '#third';
		link.dataset.control = 'third';
		document.body.append(link);
		history.replaceState(null, '', '#');
		window.innerHeight = 1000;
		window.matchMedia = ((query: string) => ({ matches: query.includes('min-width') })) as typeof window.matchMedia;
		scrollama.onStepEnter.length = 0;
		frames = [];
		vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
		vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
		scrollTo(0);
		layOut([100, 500, 1300]); // the line (600 px, wide) is in the second step
		detach = scrollSteps(onStep)(container);
		await vi.waitFor(() => expect(scrollama.onStepEnter).toHaveLength(1));
		// The glide's timers only: animation frames are run by hand (runFrames).
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		link.click();
		onStep.mockClear();
	});
	afterEach(() => {
		detach?.();
		vi.useRealTimers();
		vi.restoreAllMocks();
	});

	/** The page `y` px down: the steps' tops move up by as much (in viewport px), and a scroll event is sent. */
	function scrolled(y: number) {
		scrollTo(y);
		layOut([100 - y, 500 - y, 1300 - y]);
		window.dispatchEvent(new Event('scroll'));
		runFrames();
	}

	it('shows only the chosen step while the page is still scrolling, however long the glide takes', () => {
		// A slow glide: 3 s, passing the second step (its top crosses the line 100 px down).
		for (let t = 1; t <= 10; t++) {
			vi.advanceTimersByTime(300);
			scrolled(t * 80);
		}
		expect(onStep.mock.calls.flat().filter((id) => id !== 'third')).toEqual([]);
		// At rest at the third step, and still a while: the glide is over.
		vi.advanceTimersByTime(600);
		expect(onStep).toHaveBeenLastCalledWith('third');
		// A step passed on the way back up is shown again.
		scrolled(300);
		expect(onStep).toHaveBeenLastCalledWith('second');
	});

	it('ends at scrollend with the step where the page came to rest', () => {
		scrolled(900);
		window.dispatchEvent(new Event('scrollend'));
		expect(onStep).toHaveBeenLastCalledWith('third');
		// Over: a step passed on the way back up is shown again.
		scrolled(300);
		expect(onStep).toHaveBeenLastCalledWith('second');
	});

	it('waits a while for a glide to start, and no longer', () => {
		// No scroll (a busy page, or the step already in place): a report is held for 1.5 s.
		vi.advanceTimersByTime(1000);
		scrollama.onStepEnter[0]({ element: container.querySelector<HTMLElement>('[data-step="second"]')! });
		expect(onStep).not.toHaveBeenCalled();
		vi.advanceTimersByTime(600);
		expect(onStep).toHaveBeenLastCalledWith('second');
	});
});
