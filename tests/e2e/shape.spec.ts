// The story's shape as a reader meets it (issue #11), at the phone and laptop
// viewports: the first screen says what the story is and shows every milestone
// with the key; the steps run through time; after the scrolly come the methods
// with the data files, the table by date and the folded interview; the page's
// reduce-motion switch holds for the visit.
import { expect, test, type Locator } from '@playwright/test';
import { EDITIONS } from './editions-helpers';
import { editionOf } from './content';
import { MILESTONES, openStory, scrollToStep, waitForActive } from './story';

/** How many lines an element's text takes. */
const lines = (el: Locator) =>
	el.evaluate((e) => Math.round(e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight)));

/** Dated rows without a name, names leaving the plot, and undated chips, of a timeline's SVG. */
function namesOf(svg: Locator) {
	return svg.evaluate((svg: SVGSVGElement) => {
		const plot = svg.viewBox.baseVal.width;
		const rows = [...svg.querySelectorAll('.marks [data-mark]')].map((m) => m.getAttribute('data-mark')!);
		const named = [...svg.querySelectorAll<SVGTextElement>('text.row-label')]
			.filter((t) => t.textContent!.trim() && t.getBBox().x >= -0.5 && t.getBBox().x + t.getBBox().width <= plot + 0.5)
			.map((t) => t.dataset.label!);
		const chips = [...svg.querySelectorAll<SVGGElement>('.chip')].map((c) => ({
			id: c.dataset.mark!,
			text: c.textContent!.trim()
		}));
		return { unnamed: rows.filter((id) => !named.includes(id)), rows, chips };
	});
}

for (const ed of EDITIONS) {
	test(`the first screen shows the headline, the standfirst and the named overview with its key (${ed.code})`, async ({
		page
	}) => {
		const content = editionOf(ed.code);
		await page.goto(ed.path);
		await page.evaluate(() => document.fonts.ready);
		const viewport = page.viewportSize()!;
		await expect(page.locator('h1')).toHaveText(content.copy.headline);
		expect(await lines(page.locator('h1')), 'headline lines').toBeLessThanOrEqual(2);
		expect(await lines(page.locator('.standfirst')), 'standfirst lines').toBeLessThanOrEqual(2);

		const overview = page.locator('figure[data-overview]');
		const box = (await overview.boundingBox())!;
		expect(box.y + box.height, 'the whole overview is on the first screen').toBeLessThanOrEqual(viewport.height);
		// The key: a day, a month, a year, a range, no date; and the band of the detailed stretch.
		await expect(overview.locator('.precision-key [data-precision]')).toHaveCount(5);
		await expect(overview.locator('[data-zoom-window]')).toHaveCount(1);
		// Every milestone named: each dated row beside its mark, each undated one on its chip.
		const events = content.steps.filter((s) => s.role === 'event');
		const svg = overview.locator('.timeline svg').first();
		await expect.poll(async () => (await namesOf(svg)).unnamed, 'dated rows without a visible name').toEqual([]);
		const { rows, chips } = await namesOf(svg);
		expect(rows.length + chips.length).toBe(events.length);
		for (const chip of chips) expect(chip.text, chip.id).not.toBe('');
		// The intro does not repeat the standfirst.
		await expect(page.locator('main > .intro')).not.toContainText(content.copy.standfirst);
	});
}

test('the steps run through time: the page follows the content, which is in date order', async ({ page }) => {
	await page.goto('/');
	const ids = await page
		.locator('.steps [data-step]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-step')));
	expect(ids).toEqual(MILESTONES.map((m) => m.id));
	const starts = editionOf('uz')
		.steps.filter((s) => s.role === 'event' && s.when.precision !== 'undated')
		.map((s) => (s.when.precision === 'undated' ? '' : s.when.start));
	expect(starts).toEqual([...starts].sort());
});

test('the recap names every mark and every chip', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	const last = MILESTONES.at(-1)!;
	await page.goto(`/#${last.id}`);
	await waitForActive(page, last.id);
	await page.evaluate(() => document.fonts.ready);
	const svg = page.locator('figure[data-active-step] .timeline svg');
	await expect.poll(async () => (await namesOf(svg)).unnamed).toEqual([]);
	const { rows, chips } = await namesOf(svg);
	expect(rows.length + chips.length).toBe(MILESTONES.filter((m) => m.role === 'event').length);
});

test.describe('after the scrolly', () => {
	test('methods with the data files come first, then the table, then the folded interview', async ({ page }) => {
		await page.goto('/en/');
		const order = await page
			.locator('main > section, main > div > section')
			.evaluateAll((els) => els.map((e) => e.querySelector('h2')?.id ?? ''));
		const at = (name: string) => order.findIndex((x) => x.includes(name));
		expect(at('scrolly-heading')).toBeGreaterThanOrEqual(0);
		expect(at('scrolly-heading')).toBeLessThan(at('notes-heading'));
		expect(at('notes-heading')).toBeLessThan(at('table-heading'));
		expect(at('table-heading')).toBeLessThan(at('interview-heading'));
		await expect(page.locator('.notes .data-files a')).toHaveCount(2);
		const interview = page.locator('.interview details');
		await expect(interview).not.toHaveAttribute('open');
		await expect(page.locator('#p6')).toBeHidden();
	});

	test("a step's source link opens the interview at its paragraph", async ({ page }) => {
		await openStory(page);
		const step = MILESTONES.find((m) => m.id === 'national-strategy')!;
		await scrollToStep(page, step.id);
		await page.locator(`[data-step="${step.id}"] a[href="#p6"]`).click();
		await expect(page.locator('.interview details')).toHaveAttribute('open');
		await expect(page.locator('#p6')).toBeInViewport();
	});

	test('an address pointing into the interview opens it', async ({ page }) => {
		await page.goto('/ru/#p8');
		await expect(page.locator('.interview details')).toHaveAttribute('open');
		await expect(page.locator('#p8')).toBeInViewport();
	});
});
