// The link and asset check over a built site: every internal link, anchor,
// image, script, style sheet, font, preload, icon, og:image, share-page
// redirect, embed address and embed code of every HTML page, every url() of
// every style sheet (and of inline styles), and every data file the code fetches
// (/map/….json), must resolve to a file of the build, and every #anchor to an
// id in its target page. Pages are read as served from SITE_URL + BASE_PATH,
// static files from ASSETS_URL (the build's settings, src/lib/site.js); a URL on
// those hosts outside the base path counts as broken. Other sites' URLs are not fetched.
//
// Usage: node scripts/check-links.mjs [dir]   (dir: build/; the same SITE_URL,
//        BASE_PATH and ASSETS_URL as the build)   or   import { checkLinks } from './check-links.mjs'
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, parseFragment } from 'parse5';
import { assetsUrl, basePath, siteOrigin } from '../src/lib/site.js';

/** The attributes that name another file or page, by element. */
const URL_ATTRIBUTES = {
	a: ['href'],
	area: ['href'],
	link: ['href'],
	script: ['src'],
	img: ['src', 'srcset'],
	source: ['src', 'srcset'],
	iframe: ['src'],
	video: ['src', 'poster'],
	audio: ['src'],
	track: ['src'],
	embed: ['src'],
	object: ['data'],
	form: ['action'],
	blockquote: ['cite'],
	q: ['cite'],
	image: ['href'],
	div: ['data-story-embed']
};
/** <meta property|name> whose content is an address. */
const URL_METAS = new Set(['og:image', 'og:image:url', 'og:image:secure_url', 'og:url', 'twitter:image']);
/** A data file named in the JavaScript (fetched through asset()), e.g. `/map/world-110m.json` (not Kit's own `/__data.json`). */
const DATA_LITERAL = /(["'`])(\/[A-Za-z0-9-][A-Za-z0-9_./-]*\.(?:json|geojson|topojson|csv))\1/g;

/** @param {string} dir @returns {string[]} every file under dir, as a posix path relative to it */
function listFiles(dir) {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((d) => d.isFile())
		.map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'));
}

/** @param {string} css @returns {string[]} the addresses in its url()s and @imports (not data: or #fragments) */
function cssUrls(css) {
	const found = [];
	for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/g)) {
		const value = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '';
		if (value && !/^(data:|#)/.test(value)) found.push(value);
	}
	return found;
}

/** @param {string} srcset @returns {string[]} */
const srcsetUrls = (srcset) =>
	srcset
		.split(',')
		.map((part) => part.trim().split(/\s+/)[0])
		.filter(Boolean);

/** @param {any} node @returns {string} the text inside an element */
const textOf = (node) =>
	(node.childNodes ?? []).map((/** @type {any} */ c) => (c.nodeName === '#text' ? c.value : textOf(c))).join('');

/** @param {any} node @param {string} name */
const attrOf = (node, name) => node.attrs?.find((/** @type {any} */ a) => a.name === name)?.value;

/**
 * Checks the built site in `root`.
 * @param {string} root
 * @param {{ site?: string, base?: string, assets?: string }} [settings] the build's SITE_URL origin, BASE_PATH and
 *   ASSETS_URL (default: read from the environment, as the build does)
 * @returns {{ problems: string[], pages: number, checked: number, dataFiles: string[] }}
 */
export function checkLinks(root = 'build', settings = {}) {
	const site = settings.site ?? siteOrigin(process.env);
	const base = settings.base ?? basePath(process.env);
	const assets = settings.assets ?? assetsUrl(process.env);
	const siteRoot = `${site}${base}/`;
	const assetsRoot = assets ? `${assets}/` : siteRoot;
	const files = new Set(listFiles(root));
	const hosts = new Set([new URL(siteRoot).origin, new URL(assetsRoot).origin]);
	/** @type {string[]} */
	const problems = [];
	/** @type {Map<string, Set<string>>} */
	const idCache = new Map();
	/** @type {Map<string, any>} */
	const documents = new Map();
	let checked = 0;

	const read = (/** @type {string} */ file) => readFileSync(join(root, file), 'utf8');
	const documentOf = (/** @type {string} */ file) => {
		if (!documents.has(file)) documents.set(file, parse(read(file)));
		return documents.get(file);
	};
	/** The ids (and a[name]s) of an HTML file. */
	const idsOf = (/** @type {string} */ file) => {
		let ids = idCache.get(file);
		if (!ids) {
			ids = new Set();
			const walk = (/** @type {any} */ node) => {
				const id = attrOf(node, 'id') ?? (node.nodeName === 'a' ? attrOf(node, 'name') : undefined);
				if (id !== undefined) ids?.add(id);
				for (const child of node.childNodes ?? []) walk(child);
				if (node.content) walk(node.content);
			};
			walk(documentOf(file));
			idCache.set(file, ids);
		}
		return ids;
	};
	/** Where an HTML file is served: …/ru/ for ru/index.html. */
	const pageUrl = (/** @type {string} */ file) => siteRoot + file.replace(/(^|\/)index\.html$/, '$1');

	/**
	 * The file of the build a URL names, or null for another site's URL; a problem if none.
	 * @param {string} raw as written @param {string} from the URL it is resolved against @param {string} where for messages
	 */
	function check(raw, from, where) {
		const value = raw.trim();
		if (!value || /^(data|mailto|tel|javascript|blob|about):/i.test(value)) return;
		checked += 1;
		let url;
		try {
			url = new URL(value, from);
		} catch {
			problems.push(`${where}: "${value}" is not a valid address`);
			return;
		}
		if (!/^https?:$/.test(url.protocol)) return;
		const bare = url.origin + url.pathname;
		const prefix = [assetsRoot, siteRoot].find((p) => bare.startsWith(p));
		if (!prefix) {
			if (hosts.has(url.origin)) problems.push(`${where}: "${value}" is outside the site (${siteRoot}, ${assetsRoot})`);
			return;
		}
		let path;
		try {
			path = decodeURIComponent(bare.slice(prefix.length));
		} catch {
			problems.push(`${where}: "${value}" is not a valid address`);
			return;
		}
		const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
		if (!files.has(file)) {
			const hint = files.has(`${path}/index.html`) ? ' (a page: its address ends with a slash)' : '';
			problems.push(`${where}: "${value}" → no file ${file} in ${root}/${hint}`);
			return;
		}
		const hash = url.hash.slice(1);
		if (hash && file.endsWith('.html')) {
			let id = hash;
			try {
				id = decodeURIComponent(hash);
			} catch {
				/* kept as written */
			}
			if (!idsOf(file).has(id)) problems.push(`${where}: "${value}" → no id "${id}" in ${file}`);
		}
	}

	/** Checks every address in an HTML tree (a page, or an embed code in a <textarea>). */
	function checkTree(/** @type {any} */ tree, /** @type {string} */ from, /** @type {string} */ where) {
		const walk = (/** @type {any} */ node) => {
			const name = node.nodeName;
			for (const attr of URL_ATTRIBUTES[/** @type {keyof typeof URL_ATTRIBUTES} */ (name)] ?? []) {
				const value = attrOf(node, attr);
				if (value === undefined) continue;
				const at = `${where} <${name} ${attr}>`;
				for (const one of attr === 'srcset' ? srcsetUrls(value) : [value]) check(one, from, at);
			}
			if (name === 'meta') {
				const key = attrOf(node, 'property') ?? attrOf(node, 'name');
				const content = attrOf(node, 'content');
				if (key && URL_METAS.has(key) && content !== undefined) check(content, from, `${where} <meta ${key}>`);
				const refresh = attrOf(node, 'http-equiv')?.toLowerCase() === 'refresh' ? content : undefined;
				const target = refresh?.match(/url\s*=\s*(.+)$/i)?.[1];
				if (target) check(target.replace(/^['"]|['"]$/g, ''), from, `${where} <meta http-equiv=refresh>`);
			}
			const style = attrOf(node, 'style');
			if (style) for (const u of cssUrls(style)) check(u, from, `${where} style=""`);
			if (name === 'style') for (const u of cssUrls(textOf(node))) check(u, from, `${where} <style>`);
			if (name === 'script' && !attrOf(node, 'src')) {
				const code = textOf(node);
				for (const m of code.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g))
					check(m[1], from, `${where} <script> import()`);
				for (const m of code.matchAll(/location\.replace\(\s*"([^"]+)"\s*\)/g))
					check(m[1], from, `${where} <script> location.replace`);
			}
			// An embed code shown to newsrooms: its addresses must resolve too.
			if (name === 'textarea') checkTree(parseFragment(textOf(node)), from, `${where} <textarea> code`);
			for (const child of node.childNodes ?? []) walk(child);
			if (node.content) walk(node.content);
		};
		walk(tree);
	}

	const pages = [...files].filter((f) => f.endsWith('.html')).sort();
	for (const file of pages) checkTree(documentOf(file), pageUrl(file), file);
	for (const file of [...files].filter((f) => f.endsWith('.css')).sort())
		for (const u of cssUrls(read(file))) check(u, assetsRoot + file, file);
	/** @type {Set<string>} */
	const dataFiles = new Set();
	for (const file of [...files].filter((f) => /\.m?js$/.test(f) && f.startsWith('_app/')).sort())
		for (const m of read(file).matchAll(DATA_LITERAL)) {
			dataFiles.add(m[2]);
			check(assetsRoot + m[2].slice(1), assetsRoot, `${file} (data file ${m[2]})`);
		}
	return { problems, pages: pages.length, checked, dataFiles: [...dataFiles].sort() };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const root = process.argv[2] ?? 'build';
	const { problems, pages, checked, dataFiles } = checkLinks(root);
	if (problems.length) {
		console.error(`${problems.length} broken link(s) in ${root}/:\n${problems.map((p) => `  ${p}`).join('\n')}`);
		process.exit(1);
	}
	console.log(`${root}/: ${pages} pages, ${checked} links and assets, data files ${dataFiles.join(', ')}: all resolve`);
}
