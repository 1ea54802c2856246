// The story's shape as a reader meets it (issues #11, #20), at the phone and
// laptop viewports: the first screen says what the story is and shows the one
// chart in its opening state with its key; the first card comes soon on a
// phone; the steps run forward in time and none leans on another; after the
// scrolly come the folded interview, the table in the story's order, the
// methods (short, the long form folded), the credits and the newsroom section.
import { expect, test, type Locator } from '@playwright/test';
import { EDITIONS } from './editions-helpers';
import { editionOf } from './content';
import { MILESTONES, openStory, scrollToStep, waitForActive } from './story';
import { untypeset } from '../../src/lib/i18n/typeset';
import { WIDE_MIN_PX } from '../../src/lib/layout.js';

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
	test(`the first screen says what this is and shows the graphic, once, in its opening state (${ed.code})`, async ({
		page
	}) => {
		const content = editionOf(ed.code);
		await page.goto(ed.path);
		await page.evaluate(() => document.fonts.ready);
		const viewport = page.viewportSize()!;
		expect(untypeset(await page.locator('h1').innerText())).toBe(untypeset(content.copy.headline));
		expect(untypeset(content.copy.headline), 'the headline has the year').toContain('2024');
		expect(await lines(page.locator('h1')), 'headline lines').toBeLessThanOrEqual(4);
		// The byline: published, and when the interview was given (our reading).
		await expect(page.locator('.byline time')).toHaveAttribute('datetime', content.copy.published);
		expect(untypeset(await page.locator('.byline').innerText())).toContain(untypeset(content.copy.agencyCredit));

		// One chart: the sticky graphic, in its opening state, its timeline on the first screen.
		await expect(page.locator('main .timeline svg')).toHaveCount(1);
		const figure = page.locator('figure[data-active-step]');
		await expect(figure).toHaveAttribute('data-active-step', '');
		const svg = figure.locator('.timeline svg');
		const box = (await svg.boundingBox())!;
		expect(box.y + box.height / 2, 'the timeline is on the first screen').toBeLessThanOrEqual(viewport.height);
		await expect(figure.locator('[data-mark].on'), 'nothing highlighted before the first card').toHaveCount(0);
		// The key, once, beside the graphic: a day, a month, a year, a range, no date, and an inferred
		// year; hidden (its room kept) until the first step colours a mark.
		await expect(page.locator('.precision-key')).toHaveCount(1);
		await expect(figure.locator('.precision-key [data-precision]')).toHaveCount(6);
		await expect(figure.locator('.precision-key'), 'no key to grey marks').toBeHidden();
		// Every milestone named: each dated row beside its mark, each undated one on its chip.
		await expect.poll(async () => (await namesOf(svg)).unnamed, 'dated rows without a visible name').toEqual([]);
		const { rows, chips } = await namesOf(svg);
		expect(rows.length + chips.length).toBe(content.milestones.filter((m) => m.role !== 'recap').length);
		for (const chip of chips) expect(chip.text, chip.id).not.toBe('');
	});

	test(`the first step card comes within about one and a half screens (${ed.code})`, async ({ page }, testInfo) => {
		test.skip(testInfo.project.name !== 'phone', 'a phone measure');
		await page.goto(ed.path);
		await page.evaluate(() => document.fonts.ready);
		const { top, screens } = await page
			.locator('.steps [data-step]')
			.first()
			.evaluate((el) => {
				const top = el.getBoundingClientRect().top + window.scrollY;
				return { top, screens: top / window.innerHeight };
			});
		expect(screens, `first card at ${Math.round(top)} px`).toBeLessThanOrEqual(1.6);
	});
}

test('no step leans on another: no "in the same paragraph", "either", "also" between steps', async ({ page }) => {
	const REFERS: Record<string, RegExp> = {
		uz: /xuddi shu xatboshi|shu xatboshida|\bham\b/i,
		'uz-cyrl': /худди шу хатбоши|шу хатбошида|\bҳам\b/i,
		ru: /в том же абзаце|тоже|также/i,
		en: /same paragraph|\beither\b|\balso\b/i
	};
	for (const ed of EDITIONS) {
		await page.goto(ed.path);
		const texts = await page
			.locator('.steps [data-step]')
			.evaluateAll((els) =>
				els.map((e) => [e.getAttribute('data-step'), e.querySelector('h3 + p')?.textContent ?? ''])
			);
		expect(texts.length).toBe(MILESTONES.length);
		for (const [id, text] of texts) expect(text, `${ed.code} ${id}`).not.toMatch(REFERS[ed.code]);
	}
});

test('the steps run forward in time: the page follows the content, which opens on the one exact date', async ({
	page
}) => {
	await page.goto('/');
	const ids = await page
		.locator('.steps [data-step]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-step')));
	expect(ids).toEqual(MILESTONES.map((m) => m.id));
	const steps = editionOf('uz').steps.filter((s) => s.role === 'event');
	expect(steps[0].when.precision).toBe('day');
	const dated = steps.flatMap((s) => (s.when.precision === 'undated' ? [] : [s.when]));
	for (let i = 1; i < dated.length; i++) expect(dated[i].end > dated[i - 1].start).toBe(true);
});

test('the recap names every mark and (with room for the lane) every chip', async ({ page }, testInfo) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	const last = MILESTONES.at(-1)!;
	await page.goto(`/#${last.id}`);
	await waitForActive(page, last.id);
	await page.evaluate(() => document.fonts.ready);
	const svg = page.locator('figure[data-active-step] .timeline svg');
	await expect.poll(async () => (await namesOf(svg)).unnamed).toEqual([]);
	const { rows, chips } = await namesOf(svg);
	const milestones = editionOf('uz').milestones.filter((m) => m.role !== 'recap');
	// A phone's recap gives its room to the dated rows' names over the synthesis map: no undated
	// lane (the opening's full timeline and the table name those two).
	const phone = testInfo.project.name === 'phone';
	const shown = phone ? milestones.filter((m) => m.when.precision !== 'undated') : milestones;
	expect(rows.length + chips.length).toBe(shown.length);
	if (phone) expect(chips).toEqual([]);
});

test.describe('after the scrolly', () => {
	test('the folded interview, the table, the short methods with the data files, the credits, and last the newsroom section', async ({
		page
	}) => {
		await page.goto('/en/');
		const order = await page
			.locator('main section')
			.evaluateAll((els) => els.map((e) => e.querySelector('h2')?.id ?? ''));
		const at = (name: string) => order.findIndex((x) => x.includes(name));
		const sequence = [
			'scrolly-heading',
			'interview-heading',
			'table-heading',
			'notes-heading',
			'credits-heading',
			'newsroom-heading'
		];
		for (const name of sequence) expect(at(name), name).toBeGreaterThanOrEqual(0);
		expect(sequence.map(at)).toEqual(sequence.map(at).toSorted((a, b) => a - b));
		await expect(page.locator('.notes .data-files a')).toHaveCount(2);
		const interview = page.locator('.interview details');
		await expect(interview).not.toHaveAttribute('open');
		await expect(page.locator('#p6')).toBeHidden();
		// The long form of the methods is folded under the short one.
		await expect(page.locator('.notes details.more')).not.toHaveAttribute('open');
		// The table lists every milestone in the story's order; open at a laptop's width, folded on a phone.
		const rows = await page
			.locator('.milestone-table tbody tr')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-row')));
		expect(rows).toEqual(
			editionOf('en')
				.milestones.filter((m) => m.role !== 'recap')
				.map((m) => m.id)
		);
		const wide = page.viewportSize()!.width >= WIDE_MIN_PX;
		if (wide) await expect(page.locator('.milestone-table details')).toHaveAttribute('open');
		else await expect(page.locator('.milestone-table details')).not.toHaveAttribute('open');
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
