// EmbedPanel: the code follows the selects (kind, edition, milestone, format);
// the copy button writes it to the clipboard and says so politely, or selects
// it when there is no clipboard; the preview link opens the chosen embed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import EmbedPanel from '$lib/newsroom/EmbedPanel.svelte';
import { embedCode, embedUrl } from '$lib/newsroom/codes';
import { embedWordsFor } from '$lib/newsroom/words';
import { buildModel } from '$lib/server/content/model';
import { UI } from '$lib/i18n/ui';
import { readContentFiles } from '../unit/helpers';
import { edition } from './fixtures';

const words = embedWordsFor(buildModel(readContentFiles()));
const ui = UI.en.embedPanel;
const steps = edition.steps.map(({ id, title }) => ({ id, title }));

/** The site's origin the codes point at. */
const ORIGIN = 'https://story.example.org';

function renderPanel() {
	render(EmbedPanel, { lang: 'ru', steps, ui, words, origin: ORIGIN });
	return {
		code: () => (screen.getByLabelText(ui.code) as HTMLTextAreaElement).value,
		status: () => screen.getByRole('status')
	};
}

/** Picks an option as a reader does (the select fires "change"). */
async function choose(select: HTMLElement, value: string) {
	await fireEvent.change(select, { target: { value } });
}

afterEach(() => vi.unstubAllGlobals());

describe('EmbedPanel', () => {
	it('starts with the story embed of the edition being read, as our script', () => {
		const { code } = renderPanel();
		expect(code()).toBe(embedCode({ origin: ORIGIN, kind: 'story', lang: 'ru' }, 'script', words.ru.story));
	});

	it('changes the code with each select, and the preview link with it', async () => {
		const { code } = renderPanel();
		await choose(screen.getByLabelText(ui.kind), 'map');
		expect(code()).toBe(embedCode({ origin: ORIGIN, kind: 'map', lang: 'ru' }, 'script', words.ru.map));
		await choose(screen.getByLabelText(ui.edition), 'uz-cyrl');
		await choose(screen.getByLabelText(ui.step), steps[2].id);
		await choose(screen.getByLabelText(ui.format), 'iframe');
		const choice = { origin: ORIGIN, kind: 'map', lang: 'uz-cyrl', step: steps[2].id } as const;
		expect(code()).toBe(embedCode(choice, 'iframe', words['uz-cyrl'].map));
		expect(code()).toContain(`/uz-cyrl/embed/map/?step=${steps[2].id}`);
		expect(code()).toContain('sandbox=');
		const preview = screen.getByRole('link', { name: ui.preview });
		expect(new URL(preview.getAttribute('href')!, 'http://x').pathname).toBe(new URL(embedUrl(choice)).pathname);
		expect(preview).toHaveAttribute('target', '_blank');
		await choose(screen.getByLabelText(ui.format), 'pym');
		expect(code()).toContain('new pym.Parent(');
	});

	it('offers every milestone by its title, after "the first step"', () => {
		renderPanel();
		const options = [...(screen.getByLabelText(ui.step) as HTMLSelectElement).options];
		expect(options.map((o) => o.textContent)).toEqual([ui.firstStep, ...steps.map((s) => s.title)]);
	});

	it('copies the code to the clipboard and announces it in a polite status', async () => {
		const writeText = vi.fn().mockResolvedValue(undefined);
		vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
		const { code, status } = renderPanel();
		expect(status()).toHaveTextContent('');
		await choose(screen.getByLabelText(ui.kind), 'timeline');
		await fireEvent.click(screen.getByRole('button', { name: ui.copy }));
		expect(writeText).toHaveBeenCalledWith(code());
		await waitFor(() => expect(status()).toHaveTextContent(ui.copied));
		// A new choice makes "Copied" stale.
		await choose(screen.getByLabelText(ui.kind), 'map');
		expect(status()).toHaveTextContent('');
	});

	it('selects the code for the reader when the clipboard is missing or refuses', async () => {
		vi.stubGlobal('navigator', {
			...navigator,
			clipboard: { writeText: vi.fn().mockRejectedValue(new Error('denied')) }
		});
		const { status } = renderPanel();
		await fireEvent.click(screen.getByRole('button', { name: ui.copy }));
		const textarea = screen.getByLabelText(ui.code) as HTMLTextAreaElement;
		await waitFor(() => expect(status()).not.toHaveTextContent(/^$/));
		expect(document.activeElement).toBe(textarea);
		expect([textarea.selectionStart, textarea.selectionEnd]).toEqual([0, textarea.value.length]);
		expect(status()).toHaveTextContent(/press (Ctrl\+C|⌘C) to copy/);
	});
});
