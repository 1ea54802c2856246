// The social editors' image command (npm run screenshots → scripts/cards.mjs),
// on a subset: one milestone and the story's own card in two editions, in all
// four sizes. The files exist at their exact sizes, are not blank, differ by
// edition, and were shot from card pages in that edition's language.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { editionOf } from './content';
import { drawn } from '../../src/lib/cards/text';

const SIZES = { link: [1200, 630], square: [1080, 1080], portrait: [1080, 1350], story: [1080, 1920] };
const LANGS = ['ru', 'uz-cyrl'] as const;
const IDS = ['memorandum', 'story'];

test('npm run screenshots writes every card of a subset at its size, not blank, in its language', async ({ page }) => {
	test.skip(test.info().project.name !== 'laptop', 'runs the command once');
	test.setTimeout(180_000);
	const out = mkdtempSync(join(tmpdir(), 'cards-'));
	try {
		const log = execFileSync(
			'node',
			['scripts/cards.mjs', `--out=${out}`, `--lang=${LANGS.join(',')}`, `--id=${IDS.join(',')}`, '--port=0'],
			{ encoding: 'utf8' }
		);
		const total = LANGS.length * IDS.length * Object.keys(SIZES).length;
		expect(log, 'a progress line per card').toContain(`[${String(total).padStart(3)}/${total}]`);

		const variance: Record<string, number> = {};
		for (const lang of LANGS)
			for (const id of IDS)
				for (const [format, [width, height]] of Object.entries(SIZES)) {
					const png = readFileSync(join(out, lang, `${id}-${format}.png`));
					expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }, `${lang} ${id} ${format}`).toEqual({
						width,
						height
					});
					// Decoded in the browser: the spread of the pixels' brightness (a blank card has none).
					const stats = await page.evaluate(
						async (src) => {
							const img = new Image();
							img.src = src;
							await img.decode();
							const canvas = new OffscreenCanvas(img.width, img.height);
							const ctx = canvas.getContext('2d')!;
							ctx.drawImage(img, 0, 0);
							const data = ctx.getImageData(0, 0, img.width, img.height).data;
							let sum = 0;
							let sq = 0;
							for (let i = 0; i < data.length; i += 4) {
								const y = 0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2];
								sum += y;
								sq += y * y;
							}
							const n = data.length / 4;
							return { variance: sq / n - (sum / n) ** 2, dark: data.filter((v, i) => i % 4 === 0 && v < 80).length };
						},
						`data:image/png;base64,${png.toString('base64')}`
					);
					expect(stats.variance, `${lang} ${id} ${format}: not blank`).toBeGreaterThan(300);
					expect(stats.dark, `${lang} ${id} ${format}: has dark text`).toBeGreaterThan(2000);
					variance[`${lang} ${id} ${format}`] = stats.variance;
				}
		// The two editions' cards of one milestone differ (their words do).
		for (const format of Object.keys(SIZES))
			expect(readFileSync(join(out, 'ru', `memorandum-${format}.png`))).not.toEqual(
				readFileSync(join(out, 'uz-cyrl', `memorandum-${format}.png`))
			);

		// What was shot is in the edition's language: its card pages carry its lang, its title and date, not another's.
		for (const lang of LANGS) {
			const html = readFileSync(`build/cards/${lang}/memorandum.html`, 'utf8').replace(/<[^>]+>/g, '');
			const step = editionOf(lang).steps.find((s) => s.id === 'memorandum')!;
			const other = editionOf(lang === 'ru' ? 'uz-cyrl' : 'ru').steps.find((s) => s.id === 'memorandum')!;
			// As the cards draw text (drawn: no word joiner, no U+2011), split where their lines may break.
			for (const word of drawn(step.title).split(' ')) expect(html, `${lang}: "${word}"`).toContain(word);
			expect(html).toContain(drawn(step.whenLabel));
			expect(html).not.toContain(drawn(other.whenLabel));
		}
	} finally {
		rmSync(out, { recursive: true, force: true });
	}
});
