// Social editors' images: PNG cards for every milestone (and the story itself)
// in every edition, in four sizes: 1200×630 (link previews), 1080×1080 and
// 1080×1350 (feeds), 1080×1920 (stories). Each is shot in Chromium
// (playwright-core, the browser scripts/browser.mjs finds; nothing is
// downloaded) from the prerendered card page /cards/<lang>/<id>.html, where
// each card is drawn at its exact pixel size, once the page's fonts are in.
// Builds the site first if build/ has no card pages or is older than the sources.
// Usage: npm run screenshots [-- --lang=ru] [--id=memorandum] [--format=story] [--out=cards] [--port=4332 (0: any free one)]
//        (--lang, --id and --format take comma-separated lists; --id=story is the story's own card)
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './browser.mjs';
import { serve } from './serve.mjs';
import { LOCAL_ORIGIN } from '../src/lib/site.js';

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const list = (name) => arg(name)?.split(',').filter(Boolean);
const out = arg('out') ?? 'cards';
const wantedPort = Number(arg('port') ?? 4332);
const FORMATS = { link: [1200, 630], square: [1080, 1080], portrait: [1080, 1350], story: [1080, 1920] };
const LANGS = ['uz', 'uz-cyrl', 'ru', 'en'];

/** The newest modification time under these paths. */
function newest(paths) {
	let latest = 0;
	const walk = (path) => {
		const stat = statSync(path);
		if (stat.isDirectory()) for (const entry of readdirSync(path)) walk(join(path, entry));
		else latest = Math.max(latest, stat.mtimeMs);
	};
	for (const path of paths) if (existsSync(path)) walk(path);
	return latest;
}

const probe = 'build/cards/uz/story.html';
if (!existsSync(probe) || statSync(probe).mtimeMs < newest(['src', 'content', 'static', 'svelte.config.js'])) {
	console.log('building the site (build/ has no card pages, or older ones than the sources)…');
	execSync('npx vite build', { stdio: ['ignore', 'ignore', 'inherit'] });
}

// The address on the images is the build's SITE_URL; a build without one prints none (not a loopback address).
const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync('build/index.html', 'utf8'))?.[1] ?? '';
if (canonical.startsWith(LOCAL_ORIGIN))
	console.log(
		"build/ was made without SITE_URL: the images carry no address. For images with the story's address:\n" +
			'  SITE_URL=https://your.site npm run build:production && npm run screenshots'
	);
else console.log(`the images carry the address of ${new URL(canonical).host}`);

const langs = list('lang') ?? LANGS;
const ids = list('id') ?? readdirSync('build/cards/uz').map((f) => f.replace(/\.html$/, ''));
const formats = list('format') ?? Object.keys(FORMATS);
for (const lang of langs) if (!LANGS.includes(lang)) throw new Error(`unknown edition "${lang}" (${LANGS.join(', ')})`);
for (const f of formats)
	if (!(f in FORMATS)) throw new Error(`unknown format "${f}" (${Object.keys(FORMATS).join(', ')})`);
for (const id of ids)
	if (!existsSync(`build/cards/uz/${id}.html`)) throw new Error(`no card page for "${id}" (see build/cards/uz/)`);

const total = langs.length * ids.length * formats.length;
const started = Date.now();
const server = await serve('build', wantedPort);
const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
let done = 0;
try {
	// Two pages at a time (the machine has two cores).
	const queue = langs.flatMap((lang) => ids.map((id) => ({ lang, id })));
	const worker = async () => {
		const page = await browser.newPage({ viewport: { width: 1200, height: 800 }, reducedMotion: 'reduce' });
		for (let job = queue.shift(); job; job = queue.shift()) {
			const { lang, id } = job;
			await page.goto(`http://127.0.0.1:${port}/cards/${lang}/${id}.html`);
			await page.waitForFunction(() => document.documentElement.dataset.cardsReady === 'true', null, {
				timeout: 15_000
			});
			mkdirSync(join(out, lang), { recursive: true });
			for (const format of formats) {
				const t = Date.now();
				const file = join(out, lang, `${id}-${format}.png`);
				const png = await page.locator(`figure[data-card="${format}"]`).screenshot({ animations: 'disabled' });
				const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
				if (width !== FORMATS[format][0] || height !== FORMATS[format][1])
					throw new Error(`${file}: ${width}×${height}, expected ${FORMATS[format].join('×')}`);
				writeFileSync(file, png);
				done += 1;
				console.log(`[${String(done).padStart(3)}/${total}] ${file} ${width}×${height} (${Date.now() - t} ms)`);
			}
		}
		await page.close();
	};
	await Promise.all([worker(), worker()]);
} finally {
	await browser.close();
	server.close();
}
console.log(`${done} cards in ${out}/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
