// The story embed's stepper (StoryEmbed): buttons, ends, counter, arrow keys,
// swipes, the link out following the step, ?step= and its fallback, the
// polite announcement, and the height reported after each step.
import { untypeset } from '$lib/i18n/typeset';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import StoryEmbed from '$lib/embed/StoryEmbed.svelte';
import { embedPageData } from '$lib/server/embed-page-data';
import { buildModel } from '$lib/server/content/model';
import { readContentFiles } from '../unit/helpers';

const model = buildModel(readContentFiles());
const uz = embedPageData(model, 'uz').edition;
const en = embedPageData(model, 'en').edition;
const ids = uz.steps.map((s) => s.id);
const last = ids.length;

/** Renders the English (or given) story embed as opened at `search`, once it has read the URL. */
async function open(search = '', edition = en) {
	history.replaceState(null, '', `/embed/story/${search}`);
	// The full map never arrives: the build-time placeholder stays, and stepping stays quick.
	const result = render(StoryEmbed, { edition, loadMap: () => new Promise(() => {}) });
	const root = result.container.querySelector<HTMLElement>('[data-embed="story"]')!;
	await waitFor(() => expect(root).toHaveAttribute('data-embed-ready', 'true'));
	return { ...result, root };
}
const next = () => screen.getByRole('button', { name: 'Next step' });
const previous = () => screen.getByRole('button', { name: 'Previous step' });
const counter = () => document.querySelector('[data-step-counter]')!;
const link = () => document.querySelector<HTMLAnchorElement>('a[data-story-link]')!;
const visibleStep = () => document.querySelector('[data-step]:not([aria-hidden])')!;
/** A pointer event as a finger (or a mouse) makes it; jsdom has no PointerEvent, so a MouseEvent with its fields. */
function touch(target: Element, type: 'pointerdown' | 'pointerup', x: number, y: number, pointerType = 'touch') {
	const event = new MouseEvent(type, { bubbles: true, clientX: x, clientY: y });
	Object.assign(event, { pointerId: 7, isPrimary: true, pointerType });
	return fireEvent(target, event);
}

beforeEach(() => vi.spyOn(console, 'warn').mockImplementation(() => {}));
afterEach(() => vi.restoreAllMocks());

// Each step re-renders the timeline in jsdom: on this shared 2-core machine a few steps took up to 6 s.
describe('StoryEmbed', { timeout: 20_000 }, () => {
	it('credits the interview and, in a translation, says its quotes are ours (AUDIT round 9, T-1)', async () => {
		const { container } = await open();
		const credit = container.querySelector('.credit')!;
		expect(credit).toHaveTextContent(en.copy.agencyCredit);
		expect(credit).toHaveTextContent(en.copy.quotesTranslated!);
		expect(en.copy.quotesTranslated).toMatch(/translation/);
		const original = await open('', uz);
		expect(original.container.querySelector('.credit')).toHaveTextContent(uz.copy.agencyCredit);
		expect(uz.copy.quotesTranslated).toBeUndefined();
	});

	it('steps forward and back with the buttons, disabled at both ends, the counter in the edition’s words', async () => {
		const { root } = await open();
		expect(root).toHaveAttribute('data-active-step', ids[0]);
		expect(counter()).toHaveTextContent(`1 of ${last}`);
		expect(previous()).toBeDisabled();
		expect(next()).toBeEnabled();

		await fireEvent.click(next());
		expect(root).toHaveAttribute('data-active-step', ids[1]);
		expect(counter()).toHaveTextContent(`2 of ${last}`);
		expect(previous()).toBeEnabled();

		await fireEvent.click(previous());
		expect(root).toHaveAttribute('data-active-step', ids[0]);
	});

	it('stops at the last step: next disabled, previous goes back', async () => {
		const { root } = await open(`?step=${ids[last - 2]}`);
		await fireEvent.click(next());
		expect(root).toHaveAttribute('data-active-step', ids[last - 1]);
		expect(counter()).toHaveTextContent(`${last} of ${last}`);
		expect(next()).toBeDisabled();
		await fireEvent.click(next());
		await fireEvent.keyDown(document.body, { key: 'ArrowRight' });
		expect(root).toHaveAttribute('data-active-step', ids[last - 1]);
		// The map's data-map-view follows the step's map view.
		expect(root).toHaveAttribute('data-map-view', uz.steps[last - 1].map);
		await fireEvent.click(previous());
		expect(root).toHaveAttribute('data-active-step', ids[last - 2]);
	});

	it('shows only the active step’s text, announces a move politely, says nothing on opening', async () => {
		await open();
		const live = document.querySelector('[aria-live="polite"]')!;
		expect(live).toHaveTextContent(/^$/);
		expect(visibleStep()).toHaveAttribute('data-step', ids[0]);
		expect(document.querySelectorAll('[data-step][aria-hidden="true"]')).toHaveLength(last - 1);
		await fireEvent.click(next());
		expect(visibleStep()).toHaveAttribute('data-step', ids[1]);
		expect(live).toHaveTextContent(`2 of ${last}: ${en.steps[1].title}`);
		// One heading for the visible step (the others are hidden from assistive technology too).
		expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(en.steps[1].title);
	});

	it('moves with ArrowRight/ArrowLeft from anywhere in the embed, not while typing in a field', async () => {
		const { root } = await open();
		await fireEvent.keyDown(next(), { key: 'ArrowRight' });
		await fireEvent.keyDown(document.body, { key: 'ArrowRight' });
		expect(root).toHaveAttribute('data-active-step', ids[2]);
		await fireEvent.keyDown(link(), { key: 'ArrowLeft' });
		expect(root).toHaveAttribute('data-active-step', ids[1]);

		const field = document.createElement('input');
		root.append(field);
		await fireEvent.keyDown(field, { key: 'ArrowRight' });
		await fireEvent.keyDown(document.body, { key: 'ArrowRight', ctrlKey: true });
		expect(root).toHaveAttribute('data-active-step', ids[1]);
		// At the first step ArrowLeft stays there.
		await fireEvent.keyDown(document.body, { key: 'ArrowLeft' });
		await fireEvent.keyDown(document.body, { key: 'ArrowLeft' });
		expect(root).toHaveAttribute('data-active-step', ids[0]);
	});

	it('follows sideways swipes on touch: left for the next step, right for the previous', async () => {
		const { root } = await open();
		const area = visibleStep();
		touch(area, 'pointerdown', 200, 100);
		await touch(area, 'pointerup', 120, 110);
		expect(root).toHaveAttribute('data-active-step', ids[1]);
		touch(area, 'pointerdown', 100, 100);
		await touch(area, 'pointerup', 200, 95);
		expect(root).toHaveAttribute('data-active-step', ids[0]);
		// Too short, mostly vertical (a scroll), or a mouse drag: no step change.
		touch(area, 'pointerdown', 200, 100);
		await touch(area, 'pointerup', 170, 100);
		touch(area, 'pointerdown', 200, 100);
		await touch(area, 'pointerup', 140, 220);
		touch(area, 'pointerdown', 200, 100, 'mouse');
		await touch(area, 'pointerup', 50, 100, 'mouse');
		expect(root).toHaveAttribute('data-active-step', ids[0]);
	});

	it('a mark on the timeline moves the stepper to its step, in the embed (a button, not a link out)', async () => {
		const { root } = await open();
		const target = uz.steps.filter((s) => s.role === 'event').at(-1)!.id;
		const mark = document.querySelector<SVGElement>(`[data-control="${target}"]`)!;
		expect(mark).toHaveAttribute('role', 'button');
		expect(mark).not.toHaveAttribute('href');
		expect(mark.getAttribute('aria-label')).toMatch(/: go to this step$/);
		await fireEvent.click(mark);
		expect(root).toHaveAttribute('data-active-step', target);
		expect(counter()).toHaveTextContent(`${ids.indexOf(target) + 1} of ${last}`);
		expect(link()).toHaveAttribute('href', `/en/#${target}`);
		const first = document.querySelector<SVGElement>(`[data-control="${ids[0]}"]`)!;
		await fireEvent.keyDown(first, { key: 'Enter' });
		expect(root).toHaveAttribute('data-active-step', ids[0]);
	});

	it('links out to the story at the step shown, in a new tab', async () => {
		await open();
		expect(link()).toHaveAttribute('href', `/en/#${ids[0]}`);
		expect(link()).toHaveTextContent('Read the full story');
		await fireEvent.click(next());
		expect(link()).toHaveAttribute('href', `/en/#${ids[1]}`);
		expect(link()).toHaveTextContent('Open the story at this step');
		for (const a of document.querySelectorAll('a')) {
			expect(a).toHaveAttribute('target', '_blank');
			expect(a).toHaveAttribute('rel', 'noopener');
		}
	});

	it('links to the Uzbek story at the site’s root', async () => {
		await open('', uz);
		expect(link()).toHaveAttribute('href', `/#${ids[0]}`);
		expect(untypeset(counter().textContent!)).toContain(`1-bosqich, jami ${last}`);
	});

	it('opens at ?step=<id>, and at the first step for an unknown id', async () => {
		const { root, unmount } = await open(`?step=${ids[4]}`);
		expect(root).toHaveAttribute('data-active-step', ids[4]);
		expect(counter()).toHaveTextContent(`5 of ${last}`);
		expect(visibleStep()).toHaveAttribute('data-step', ids[4]);
		expect(link()).toHaveAttribute('href', `/en/#${ids[4]}`);
		unmount();
		const again = await open('?step=no-such-step');
		expect(again.root).toHaveAttribute('data-active-step', ids[0]);
		expect(counter()).toHaveTextContent(`1 of ${last}`);
	});

	it('reports its height to the parent, with the pym child id, again after a step', async () => {
		const posted: unknown[] = [];
		vi.spyOn(window.parent, 'postMessage').mockImplementation((message: unknown) => posted.push(message));
		let height = 700;
		vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(
			() => ({ height, width: 330, top: 0, left: 0, right: 330, bottom: height, x: 0, y: 0 }) as DOMRect
		);
		await open('?childId=story-1');
		await waitFor(() => expect(posted).toContain('pymxPYMxstory-1xPYMxheightxPYMx700'));
		height = 720;
		await fireEvent.click(next());
		await waitFor(() => expect(posted).toContain('pymxPYMxstory-1xPYMxheightxPYMx720'));
	});
});
