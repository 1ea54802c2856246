// The Embed panel on the story page (closed by default; the code follows the
// selects; copy goes to the clipboard and is announced), the embed preview page
// (noindex, 15 boxes of exact widths made into iframes by /embed.js, links to the
// other editions) and the production headers the test server sends from build/_headers.
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { watchCsp } from './csp';

test('the panel gives the code for the chosen embed, copies it and previews it', async ({ page, context, baseURL }) => {
	const csp = await watchCsp(context);
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
	await page.goto('/ru/', { waitUntil: 'domcontentloaded' });
	const panel = page.locator('details.embed-panel');
	await expect(panel).not.toHaveAttribute('open');
	await panel.locator('summary').click();
	const code = page.getByLabel('Код для вставки');
	await expect(code).toHaveValue(/data-story-embed="[^"]*\/ru\/embed\/story\/"/);
	await page.getByLabel('Что встроить').selectOption('timeline');
	await page.getByLabel('С какого этапа открыть').selectOption('memorandum');
	await page.getByLabel('Вид кода').selectOption('iframe');
	await expect(code).toHaveValue(/<iframe src="[^"]*\/ru\/embed\/timeline\/\?step=memorandum"/);
	await page.getByRole('button', { name: 'Скопировать код' }).click();
	await expect(panel.getByRole('status')).toHaveText('Скопировано');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
	const preview = panel.getByRole('link', { name: /Предпросмотр/ });
	await expect(preview).toHaveAttribute('href', '/ru/embed/timeline/?step=memorandum');
	const [tab] = await Promise.all([context.waitForEvent('page'), preview.click()]);
	await expect(tab.locator('.embed')).toHaveAttribute('data-embed-ready', 'true');
	await expect(tab.locator('.embed')).toHaveAttribute('data-active-step', 'memorandum');
	await tab.close();
	expect(csp.violations(), csp.violations().join('\n')).toEqual([]);
	const axe = await new AxeBuilder({ page })
		.include('details.embed-panel')
		.withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(axe.violations).toEqual([]);
});

test('the preview page: noindex, every embed at five exact widths through /embed.js', async ({ page }) => {
	await page.goto('/en/embed/preview/', { waitUntil: 'domcontentloaded' });
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
	const boxes = page.locator('figure[data-kind]');
	await expect(boxes).toHaveCount(15);
	for (const box of await boxes.all()) {
		const width = Number(await box.getAttribute('data-width'));
		expect((await box.boundingBox())!.width).toBeCloseTo(width, 0);
		await expect(box.locator('iframe[sandbox]')).toHaveAttribute('src', /\/en\/embed\/(story|timeline|map)\/$/);
	}
	await expect(page.getByRole('link', { name: 'Русский' })).toHaveAttribute('href', '/ru/embed/preview/');
});

test('the server sends the production headers: embeds framable by any site, the story only by itself', async ({
	request
}) => {
	for (const path of ['/embed/preview/', '/ru/embed/preview/', '/en/embed/map/']) {
		const headers = (await request.get(path)).headers();
		expect(headers['content-security-policy'], path).toBe('frame-ancestors *');
		expect(headers['x-frame-options'], path).toBeUndefined();
	}
	for (const path of ['/', '/ru/', '/uz-cyrl/', '/en/']) {
		const headers = (await request.get(path)).headers();
		expect(headers['content-security-policy'], path).toBe("frame-ancestors 'self'");
		expect(headers['x-frame-options'], path).toBe('SAMEORIGIN');
	}
	expect((await request.get('/_headers')).status()).toBe(404);
});
