// The embeds inside newsroom pages on another origin (scripts/serve-hosts.mjs,
// on the next port): pym.js's parent from npm and the story's own host script
// size the iframe from the embed's messages; the stepper works by keyboard; a
// message from another frame changes nothing. Plus axe on every embed.
import { expect, test, type FrameLocator, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { EDITIONS } from './editions-helpers';
import { embedCode, IFRAME_HEIGHT, type EmbedFormat } from '../../src/lib/newsroom/codes';
import { FIRST, MILESTONES, MIDDLE_DETAIL } from './story';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const STORY = `http://127.0.0.1:${PORT}`;
const HOSTS = `http://127.0.0.1:${PORT + 1}`;
const KINDS = ['story', 'timeline', 'map'] as const;
const WIDTHS = [330, 660, 1200];

/** A newsroom page of scripts/serve-hosts.mjs embedding `embedPath` of the story in a box `width` px wide. */
function hostUrl(host: 'pym' | 'script' | 'foreign', embedPath: string, width: number, other?: string) {
	const url = new URL(`/${host}.html`, HOSTS);
	url.searchParams.set('embed', STORY + embedPath);
	url.searchParams.set('width', String(width));
	if (other) url.searchParams.set('other', STORY + other);
	return url.href;
}

/** The iframe the host made for the embed (the first one on the page) and its content. */
function embedFrame(page: Page): { iframe: Locator; frame: FrameLocator } {
	const iframe = page.locator('iframe').first();
	return { iframe, frame: page.frameLocator('iframe >> nth=0') };
}

/** The iframe's height on the host page and the embed's content height, in CSS px. */
async function heights(iframe: Locator, frame: FrameLocator) {
	const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
	const inner = await frame.locator('.embed').evaluate((el) => el.getBoundingClientRect().height);
	return { outer, inner };
}

/** Waits until the iframe is as tall as the embed's content, within 2 px; returns that height. */
async function expectSized(iframe: Locator, frame: FrameLocator) {
	await expect(frame.locator('.embed[data-embed-ready="true"]')).toBeAttached();
	await expect
		.poll(async () => {
			const { outer, inner } = await heights(iframe, frame);
			return Math.abs(outer - inner) <= 2 && inner > 100 ? 'sized' : `iframe ${outer} px, content ${inner} px`;
		})
		.toBe('sized');
	return (await heights(iframe, frame)).outer;
}

test.describe('embedded in a newsroom page on another origin', () => {
	// Viewports are set per test; running them once is enough.
	test.skip(
		({ viewport }) => viewport?.width !== 1440,
		'viewports are set per test: the laptop project runs these once'
	);

	for (const host of ['pym', 'script'] as const) {
		for (const width of WIDTHS) {
			test(`${host}: the story embed at ${width} px keeps the iframe as tall as its content through every step`, async ({
				page
			}) => {
				await page.setViewportSize({ width: width + 40, height: 900 });
				await page.goto(hostUrl(host, '/en/embed/story/', width));
				const { iframe, frame } = embedFrame(page);
				await expectSized(iframe, frame);
				expect(await iframe.evaluate((el) => el.getBoundingClientRect().width)).toBeCloseTo(width, 0);
				const next = frame.locator('[data-stepper="next"]');
				for (const m of MILESTONES.slice(1)) {
					await next.click();
					await expect(frame.locator('.embed')).toHaveAttribute('data-active-step', m.id);
					await expectSized(iframe, frame);
				}
				await expect(next).toBeDisabled();
			});
		}
	}

	for (const kind of ['timeline', 'map'] as const) {
		for (const width of WIDTHS) {
			test(`script: the ${kind} embed at ${width} px, at a chosen step, is sized to its content`, async ({ page }) => {
				await page.setViewportSize({ width: width + 40, height: 900 });
				await page.goto(hostUrl('script', `/ru/embed/${kind}/?step=${MIDDLE_DETAIL.id}`, width));
				const { iframe, frame } = embedFrame(page);
				await expect(frame.locator('.embed')).toHaveAttribute('data-active-step', MIDDLE_DETAIL.id);
				await expectSized(iframe, frame);
			});
		}
	}

	test('the stepper works by keyboard inside the iframe', async ({ page }) => {
		await page.setViewportSize({ width: 700, height: 900 });
		await page.goto(hostUrl('script', '/en/embed/story/', 660));
		const { iframe, frame } = embedFrame(page);
		await expectSized(iframe, frame);
		const root = frame.locator('.embed');
		const counter = frame.locator('[data-step-counter]');
		const total = MILESTONES.length;

		// Tab from the newsroom's page into the embed, then use the arrow keys.
		await page.locator('body').press('Tab');
		await expect.poll(() => frame.locator(':focus').count(), { message: 'Tab reaches the embed' }).toBeGreaterThan(0);
		await page.keyboard.press('ArrowRight');
		await expect(root).toHaveAttribute('data-active-step', MILESTONES[1].id);
		await expect(counter).toContainText(`2 of ${total}`);
		await page.keyboard.press('ArrowLeft');
		await expect(root).toHaveAttribute('data-active-step', FIRST.id);
		await expect(counter).toContainText(`1 of ${total}`);

		// The buttons themselves, by Tab and Enter.
		const next = frame.locator('[data-stepper="next"]');
		await next.focus();
		await page.keyboard.press('Enter');
		await expect(root).toHaveAttribute('data-active-step', MILESTONES[1].id);
		await page.keyboard.press('Space');
		await expect(root).toHaveAttribute('data-active-step', MILESTONES[2].id);
		await expectSized(iframe, frame);
	});

	test('a size message from another frame does not resize the embed', async ({ page }) => {
		await page.setViewportSize({ width: 700, height: 900 });
		await page.goto(hostUrl('foreign', '/en/embed/story/', 660, '/en/embed/map/'));
		const { iframe, frame } = embedFrame(page);
		const sized = await expectSized(iframe, frame);

		// Record what reaches the newsroom's page; a marker message says the earlier ones were handled.
		await page.evaluate(() => {
			const seen: unknown[] = [];
			(window as unknown as { seen: unknown[] }).seen = seen;
			window.addEventListener('message', (event) => seen.push(event.data));
		});
		const seenDone = () => page.evaluate(() => (window as unknown as { seen: unknown[] }).seen.includes('done'));
		const forge = (from: FrameLocator) =>
			from.locator('body').evaluate((body) => {
				const src = body.ownerDocument.location.href;
				parent.postMessage({ context: 'iframe.resize', src, height: 4321 }, '*');
				parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 4321 }, '*');
				parent.postMessage('pymxPYMxstoryxPYMxheightxPYMx4321', '*');
				parent.postMessage('done', '*');
			});

		// Another frame of the same origin (another of the story's embeds, not ours) claims 4321 px.
		const foreign = page.frameLocator('#foreign');
		await expect(foreign.locator('.embed[data-embed-ready="true"]')).toBeAttached();
		await forge(foreign);
		await expect.poll(seenDone).toBe(true);
		expect((await heights(iframe, frame)).outer).toBe(sized);

		// The host page itself claims it too.
		await page.evaluate(() => {
			window.postMessage({ context: 'iframe.resize', src: location.href, height: 4321 }, '*');
			window.postMessage('done-self', '*');
		});
		await expect
			.poll(() => page.evaluate(() => (window as unknown as { seen: unknown[] }).seen.includes('done-self')))
			.toBe(true);
		expect((await heights(iframe, frame)).outer).toBe(sized);

		// The same messages from our own frame do resize it: the check above can fail.
		await page.evaluate(() => ((window as unknown as { seen: unknown[] }).seen.length = 0));
		await forge(frame);
		await expect.poll(seenDone).toBe(true);
		await expect.poll(async () => (await heights(iframe, frame)).outer).toBe(4321);
	});
});

test.describe('the codes the Embed panel gives, pasted into a newsroom page', () => {
	test.skip(
		({ viewport }) => viewport?.width !== 1440,
		'viewports are set per test: the laptop project runs these once'
	);
	const words = { title: 'The story', linkText: 'Read the story' };

	/** A newsroom page holding exactly this code, in a column `width` px wide. */
	const codePage = (format: EmbedFormat, width: number) => {
		const url = new URL('/code.html', HOSTS);
		url.searchParams.set(
			'code',
			embedCode({ origin: STORY, kind: 'story', lang: 'en', step: MIDDLE_DETAIL.id }, format, words)
		);
		url.searchParams.set('width', String(width));
		return url.href;
	};

	for (const format of ['script', 'pym'] as const) {
		for (const width of [330, 1200]) {
			test(`${format} code at ${width} px: the iframe follows the embed's height, at the chosen step`, async ({
				page
			}) => {
				await page.setViewportSize({ width: width + 40, height: 900 });
				await page.goto(codePage(format, width));
				const { iframe, frame } = embedFrame(page);
				await expect(frame.locator('.embed')).toHaveAttribute('data-active-step', MIDDLE_DETAIL.id);
				await expectSized(iframe, frame);
				await expect(iframe).toHaveAttribute('sandbox', /allow-scripts/);
				await frame.locator('[data-stepper="next"]').click();
				await expectSized(iframe, frame);
			});
		}
	}

	test('iframe code at 330 px: the fixed height holds the whole embed', async ({ page }) => {
		await page.setViewportSize({ width: 370, height: 900 });
		await page.goto(codePage('iframe', 330));
		const { iframe, frame } = embedFrame(page);
		await expect(frame.locator('.embed[data-embed-ready="true"]')).toBeAttached();
		const { outer, inner } = await heights(iframe, frame);
		expect(outer).toBe(IFRAME_HEIGHT.story);
		expect(inner).toBeLessThanOrEqual(outer);
	});
});

test.describe('axe (WCAG 2.2 AA) on every embed', () => {
	test.skip(
		({ viewport }) => viewport?.width !== 1440,
		'viewports are set per test: the laptop project runs these once'
	);
	test.use({ reducedMotion: 'reduce' });

	for (const edition of EDITIONS) {
		for (const kind of KINDS) {
			for (const width of [330, 1200]) {
				test(`${edition.code} ${kind} embed at ${width} px`, async ({ page }) => {
					await page.setViewportSize({ width, height: 800 });
					await page.goto(`${edition.path}embed/${kind}/`);
					await expect(page.locator('.embed[data-embed-ready="true"]')).toBeAttached();
					const results = await new AxeBuilder({ page })
						.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
						.analyze();
					const report = results.violations
						.map(
							(v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => JSON.stringify(n.target)).join('\n  ')}`
						)
						.join('\n');
					expect(
						results.violations.map((v) => v.id),
						report
					).toEqual([]);
				});
			}
		}
	}
});
