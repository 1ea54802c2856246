// Where the story used to break for a reader (issue #10): wheel flings that
// carried a short card across the trigger line unseen, text zoomed to 200 %,
// short phones, step links landing under the graphic, a page whose script
// never runs, and a malformed address fragment.
import { expect, test, type Page } from '@playwright/test';
import {
	MIDDLE_DETAIL,
	MILESTONES,
	openStory,
	scrollToStep,
	stepReached,
	waitForActive,
	waitForScroller,
	waitForStill,
	unfoldTable
} from './story';
import { EDITIONS } from './editions-helpers';
import { triggerFor } from '../../src/lib/layout.js';
import { untypeset } from '../../src/lib/i18n/typeset';

/** Whether the reader can see the point: the topmost element there is inside `selector`'s element. */
async function uncovered(page: Page, selector: string) {
	return page.locator(selector).evaluate((el) => {
		const r = el.getBoundingClientRect();
		const x = r.left + Math.min(20, r.width / 2);
		const y = r.top + r.height / 2;
		const hit = document.elementFromPoint(x, y);
		return y >= 0 && y <= window.innerHeight && !!hit && el.contains(hit);
	});
}

test.describe('wheel flings', () => {
	test.use({ reducedMotion: 'reduce' });

	test('a wheel event that carries a card across the trigger line between two frames still shows it', async ({
		page
	}) => {
		await openStory(page);
		const viewport = page.viewportSize()!;
		await page.mouse.move(viewport.width / 2, viewport.height / 2);
		const line = triggerFor(viewport.width) * viewport.height;
		// Through the whole story: each card's top put just below the trigger line, then one wheel
		// event (400 px, or more for a taller card) throws the whole card past the line, so no
		// frame ever shows the card on it. At rest the line is in the gap after that card.
		for (const [i, m] of MILESTONES.entries()) {
			if (i === 0) continue;
			const card = page.locator(`[data-step="${m.id}"]`);
			const height = await card.evaluate((el, line) => {
				const r = el.getBoundingClientRect();
				window.scrollTo({ top: window.scrollY + r.top - line - 5, behavior: 'instant' });
				return r.height;
			}, line);
			await waitForStill(page);
			expect(await stepReached(page)).toBe(MILESTONES[i - 1].id);
			await page.mouse.wheel(0, Math.max(400, Math.ceil(height) + 15));
			await waitForStill(page);
			expect(await stepReached(page), 'the fling carried the card past the line').toBe(m.id);
			await expect(page.locator('figure[data-active-step]')).toHaveAttribute('data-active-step', m.id);
		}
	});
});

test.describe('200 % zoom (720×450 CSS px at device scale 2)', () => {
	test.use({ viewport: { width: 720, height: 450 }, deviceScaleFactor: 2 });

	test('every line of every step can be read uncovered', async ({ page }) => {
		await openStory(page);
		const covered = await page.evaluate(() => {
			const problems: string[] = [];
			for (const card of document.querySelectorAll<HTMLElement>('.steps [data-step]')) {
				const range = document.createRange();
				range.selectNodeContents(card);
				// Each line box, in page coordinates (the rects are relative to the screen as it is now).
				const lines = Array.from(range.getClientRects())
					.filter((r) => r.height > 4 && r.width > 4)
					.map((r) => ({ top: r.top + window.scrollY, left: r.left, height: r.height }));
				for (const line of lines) {
					// Bring the line to the bottom of the screen, where a graphic held at the top leaves most room.
					const top = line.top;
					window.scrollTo({ top: top - (window.innerHeight - line.height - 8), behavior: 'instant' });
					const y = top - window.scrollY + line.height / 2;
					const hit = document.elementFromPoint(line.left + 2, y);
					if (!hit || !card.contains(hit)) {
						problems.push(`${card.dataset.step}: line at ${Math.round(top)} px is under ${hit?.className}`);
						break;
					}
				}
			}
			return problems;
		});
		expect(covered).toEqual([]);
	});
});

test.describe('a short phone (375×667)', () => {
	test.use({ viewport: { width: 375, height: 667 } });

	test("nothing overflows the graphic's panels", async ({ page }) => {
		await openStory(page);
		const overflow = await page.evaluate(() => {
			const sticky = document.querySelector('.sticky')!.getBoundingClientRect();
			const out: string[] = [];
			for (const el of document.querySelectorAll<HTMLElement>('.sticky .map-box, .sticky .map, .sticky canvas')) {
				const r = el.getBoundingClientRect();
				if (r.bottom > sticky.bottom + 1) out.push(`${el.className}: ${Math.round(r.bottom - sticky.bottom)} px`);
			}
			return out;
		});
		expect(overflow).toEqual([]);
	});
});

test.describe('step links on phones', () => {
	test.skip(({ viewport }) => (viewport?.width ?? 0) > 500, 'phones only');

	test("a link to a step shows the card's title below the graphic", async ({ page }) => {
		await page.goto(`/#${MIDDLE_DETAIL.id}`);
		await waitForScroller(page);
		await expect(page.locator('figure[data-active-step]')).toHaveAttribute('data-active-step', MIDDLE_DETAIL.id);
		await waitForStill(page);
		expect(await uncovered(page, `[data-step="${MIDDLE_DETAIL.id}"] h3`)).toBe(true);
	});

	test("the table's link to a step shows the card's title too", async ({ page }) => {
		await openStory(page);
		await unfoldTable(page);
		const step = MILESTONES[MILESTONES.length - 2];
		await page.locator(`table a[href="#${step.id}"]`).first().click();
		await expect(page.locator('figure[data-active-step]')).toHaveAttribute('data-active-step', step.id);
		await waitForStill(page);
		expect(await uncovered(page, `[data-step="${step.id}"] h3`)).toBe(true);
	});
});

test('a step link whose script never runs still shows the graphic', async ({ page }) => {
	await page.route(/\/_app\/immutable\/.*\.js$/, (route) => route.abort());
	await page.goto(`/#${MIDDLE_DETAIL.id}`);
	await expect(page.locator('html')).toHaveClass(/opening-step/);
	await expect(page.locator('.sticky')).toBeVisible();
});

test('a malformed fragment is ignored and scrolling still drives the graphic', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto('/#%E0%A4%A');
	await waitForScroller(page);
	const step = MIDDLE_DETAIL;
	await page.locator(`[data-step="${step.id}"]`).evaluate((el) => {
		const r = el.getBoundingClientRect();
		window.scrollTo({ top: window.scrollY + r.top - window.innerHeight / 3, behavior: 'instant' });
	});
	await expect(page.locator('figure[data-active-step]')).toHaveAttribute('data-active-step', step.id);
	expect(errors).toEqual([]);
});

test.describe('the milestone table on phones', () => {
	test.skip(({ viewport }) => (viewport?.width ?? 0) > 500, 'phones only');

	test('is folded, and unfolded reads without sideways scrolling, caption included', async ({ page }) => {
		await page.goto('/en/');
		await expect(page.getByRole('table')).toBeHidden();
		await unfoldTable(page);
		const fit = await page.locator('table').evaluate((table) => {
			const region = table.parentElement!;
			const caption = table.querySelector('caption')!.getBoundingClientRect();
			return {
				scrolls: region.scrollWidth > region.clientWidth + 1,
				captionOut: caption.right > window.innerWidth,
				pageScrolls: document.documentElement.scrollWidth > window.innerWidth
			};
		});
		expect(fit).toEqual({ scrolls: false, captionOut: false, pageScrolls: false });
		// Still a table to assistive technology, each value under its column's name.
		await expect(page.getByRole('table')).toBeVisible();
		await expect(page.getByRole('columnheader')).toHaveCount(5);
	});
});

test.describe('print', () => {
	test('the steps print as a compact list after one static graphic', async ({ page }) => {
		await page.goto('/en/');
		await waitForScroller(page);
		await page.emulateMedia({ media: 'print' });
		const layout = await page.evaluate(() => {
			const sticky = document.querySelector<HTMLElement>('.sticky')!;
			const cards = Array.from(document.querySelectorAll<HTMLElement>('.steps [data-step]'));
			const gaps = cards
				.slice(1)
				.map((c, i) => c.getBoundingClientRect().top - cards[i].getBoundingClientRect().bottom);
			return {
				position: getComputedStyle(sticky).position,
				maxGap: Math.max(...gaps)
			};
		});
		expect(layout.position).toBe('static');
		expect(layout.maxGap).toBeLessThan(24);
		const pdf = await page.pdf({ format: 'A4' });
		const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
		expect(pages, 'the whole story on a few A4 pages').toBeLessThanOrEqual(9);
	});
});

test.describe('the milestones as data', () => {
	for (const path of ['/', '/ru/']) {
		test(`the CSV and JSON of ${path} match its table`, async ({ page, request }) => {
			await page.goto(path);
			const rows = await page
				.locator('tbody tr')
				.evaluateAll((trs) =>
					trs.map((tr) => ({ id: tr.getAttribute('data-row'), name: tr.querySelector('th')!.textContent!.trim() }))
				)
				// The data files are plain text, without the page's typesetting (no-break spaces, word joiners).
				.then((rows) => rows.map((r) => ({ ...r, name: untypeset(r.name) })));
			const csvHref = await page.locator('a[href$="milestones.csv"]').getAttribute('href');
			const jsonHref = await page.locator('a[href$="milestones.json"]').getAttribute('href');
			const json = (await (await request.get(new URL(jsonHref!, page.url()).href)).json()) as {
				id: string;
				name: string;
			}[];
			expect(json.map(({ id, name }) => ({ id, name }))).toEqual(rows);
			const csv = await request.get(new URL(csvHref!, page.url()).href);
			expect(csv.headers()['content-type']).toContain('text/csv');
			const lines = (await csv.text()).trim().split('\r\n');
			expect(lines).toHaveLength(rows.length + 1);
			rows.forEach((row, i) => expect(lines[i + 1].startsWith(`${row.id},`)).toBe(true));
		});
	}
});

test.describe('the layout (issue #11)', () => {
	test.use({ reducedMotion: 'reduce' });

	test('on phones every card of every edition fits the window under the sticky graphic, and no gap is taller', async ({
		page
	}) => {
		test.skip((page.viewportSize()?.width ?? 0) > 500, 'phones only');
		test.setTimeout(120_000);
		for (const ed of EDITIONS) {
			// The story's own fonts, as a reader has them from the second page on: font-display:
			// optional keeps a font that arrives late out of the first view (the fallback is wider).
			await page.goto(ed.path);
			await page.evaluate(() => Promise.all([...document.fonts].map((f) => f.load().catch(() => null))));
			await page.reload();
			await waitForScroller(page);
			for (const m of MILESTONES) {
				await scrollToStep(page, m.id);
				await waitForActive(page, m.id);
				await waitForStill(page);
				const fit = await page.locator(`[data-step="${m.id}"]`).evaluate((card) => {
					const sticky = document.querySelector('.sticky')!.getBoundingClientRect();
					const next = card.nextElementSibling?.matches('[data-step]') ? card.nextElementSibling : null;
					return {
						card: Math.ceil(card.getBoundingClientRect().height),
						gap: next ? Math.ceil(next.getBoundingClientRect().top - card.getBoundingClientRect().bottom) : 0,
						window: Math.floor(window.innerHeight - sticky.bottom)
					};
				});
				expect(
					fit.card,
					`${ed.path}#${m.id}: the card is taller than the window under the graphic`
				).toBeLessThanOrEqual(fit.window);
				expect(fit.gap, `${ed.path}#${m.id}: the gap after the card is taller than the window`).toBeLessThanOrEqual(
					fit.window
				);
			}
		}
	});

	test("on wide screens the cards, the intro and the sections after the scrolly share the hero's left edge", async ({
		page
	}) => {
		test.skip((page.viewportSize()?.width ?? 0) < 960, 'wide screens only');
		await page.goto('/en/');
		const left = (selector: string) =>
			page
				.locator(selector)
				.first()
				.evaluate((el) => el.getBoundingClientRect().left);
		const hero = await left('.hero h1');
		expect(hero, 'the column is centred, not at the screen edge').toBeGreaterThan(100);
		for (const selector of ['[data-step]', '.steps .intro', '#interview-heading', '#notes-heading', '#table-heading'])
			expect(Math.abs((await left(selector)) - hero), selector).toBeLessThanOrEqual(2);
	});
});
