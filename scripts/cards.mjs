// Social editors' images, as files: every image of the social gallery (/<edition>/social/), which
// the build draws with the link cards (src/lib/server/cards/card.ts, resvg: one renderer for all):
// for the story and each step, the graphic and the quote in four sizes, 1200×630 (links),
// 1080×1080 and 1080×1350 (feeds), 1080×1920 (stories). Copied from build/ into
// <out>/<lang>/<subject>[-quote]-<format>.png, with the alt texts in <out>/<lang>/alt.txt.
// Builds the site first if build/ has no gallery or is older than the sources. The images carry
// the site's address only in a build with SITE_URL (it says which).
// Usage: npm run screenshots [-- --lang=ru] [--id=memorandum] [--format=story] [--out=cards]
//        (--lang, --id and --format take comma-separated lists; --id=story is the story's own images)
import { execSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCAL_ORIGIN } from '../src/lib/site.js';

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const list = (name) => arg(name)?.split(',').filter(Boolean);
const out = arg('out') ?? 'cards';
const FORMATS = ['link', 'square', 'portrait', 'story'];
const LANGS = ['uz', 'uz-cyrl', 'ru', 'en'];
const editionDir = (lang) => (lang === 'uz' ? 'build' : join('build', lang));

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

const probe = 'build/social/index.html';
if (!existsSync(probe) || statSync(probe).mtimeMs < newest(['src', 'content', 'static', 'svelte.config.js'])) {
	console.log('building the site (build/ has no social gallery, or an older one than the sources)…');
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
const formats = list('format') ?? FORMATS;
for (const lang of langs) if (!LANGS.includes(lang)) throw new Error(`unknown edition "${lang}" (${LANGS.join(', ')})`);
for (const f of formats) if (!FORMATS.includes(f)) throw new Error(`unknown format "${f}" (${FORMATS.join(', ')})`);

/** The gallery's images: where each is in build/, its file name and alt text (read from the gallery's HTML). */
function galleryImages(lang) {
	const html = readFileSync(join(editionDir(lang), 'social', 'index.html'), 'utf8');
	const decode = (s) =>
		s
			.replace(/&quot;/g, '"')
			.replace(/&#39;/g, "'")
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&amp;/g, '&');
	return [...html.matchAll(/<img src="([^"]+)" alt="([^"]*)"[^>]*>[\s\S]*?download="([^"]+)"/g)].map((m) => ({
		src: m[1],
		alt: decode(m[2]),
		file: m[3].replace(`${lang}-`, '')
	}));
}

const started = Date.now();
let done = 0;
const ids = list('id');
for (const lang of langs) {
	const images = galleryImages(lang).filter(
		(i) =>
			formats.includes(/-(\w+)\.png$/.exec(i.file)?.[1] ?? '') &&
			(!ids || ids.includes(i.file.replace(/(-quote)?-\w+\.png$/, '')))
	);
	if (ids && !images.length) throw new Error(`no images for "${ids.join(', ')}" in ${lang} (see build/social/)`);
	mkdirSync(join(out, lang), { recursive: true });
	for (const image of images) {
		// The image's file in build/: its path, less the base path a build may put before it (BASE_PATH).
		const segments = image.src.split('/').filter(Boolean);
		const from = segments.map((_, i) => join('build', ...segments.slice(i))).find((path) => existsSync(path));
		if (!from) throw new Error(`${image.src}: not in build/`);
		const to = join(out, lang, image.file);
		copyFileSync(from, to);
		const png = readFileSync(to);
		done += 1;
		console.log(`[${String(done).padStart(3)}] ${to} ${png.readUInt32BE(16)}×${png.readUInt32BE(20)}`);
	}
	writeFileSync(join(out, lang, 'alt.txt'), images.map((i) => `${i.file}\n${i.alt}\n`).join('\n'));
}
console.log(`${done} images in ${out}/ in ${((Date.now() - started) / 1000).toFixed(1)} s (alt texts in alt.txt)`);
