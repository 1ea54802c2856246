// A static server for the benchmark: build/ served compressed, like a CDN.
// Text files (HTML, JS, CSS, JSON, SVG, CSV…) go out brotli- or gzip-compressed
// as the request's Accept-Encoding allows (`encodings` picks which the server
// offers, in order of preference); fonts and images as they are (already
// compressed). Compressed bodies are made once per file and kept in memory.
// Everything else (404s, directories, headers of build/_headers) is as in
// scripts/serve.mjs, which this wraps.
// Usage: const server = await serveCompressed('build', 0, ['gzip']); server.address().port
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { headersFor, parseHeaders } from '../headers.mjs';

/** Content types of the files a CDN compresses. */
export const COMPRESSIBLE = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.webmanifest': 'application/manifest+json'
};

/** @typedef {'br' | 'gzip'} Encoding */

/**
 * The body of a file compressed as a CDN would (gzip level 9, brotli quality 11).
 * @param {Buffer} raw
 * @param {Encoding} encoding
 */
export function compress(raw, encoding) {
	return encoding === 'br'
		? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
		: gzipSync(raw, { level: 9 });
}

/**
 * The file a path names in `root` (a directory's index.html), or undefined.
 * @param {string} root
 * @param {string} pathname
 */
function fileFor(root, pathname) {
	let path;
	try {
		path = normalize(join(root, decodeURIComponent(pathname)));
	} catch {
		return undefined;
	}
	if (!path.startsWith(normalize(root) + sep)) return undefined;
	if (pathname.endsWith('/')) path = join(path, 'index.html');
	try {
		return statSync(path).isFile() ? path : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Serves `root` on 127.0.0.1:`port` (0: a free port), compressed.
 * @param {string} [root]
 * @param {number} [port]
 * @param {Encoding[]} [encodings] offered, in order of preference
 * @returns {Promise<import('node:http').Server>}
 */
export function serveCompressed(root = 'build', port = 0, encodings = ['br', 'gzip']) {
	const files = sirv(root, { dev: true });
	/** @type {Map<string, Buffer>} */
	const cache = new Map();
	const server = createServer((req, res) => {
		const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
		if (pathname === '/_headers') {
			res.writeHead(404).end();
			return;
		}
		const headersFile = join(root, '_headers');
		try {
			const rules = parseHeaders(readFileSync(headersFile, 'utf8'));
			for (const [name, value] of Object.entries(headersFor(rules, pathname))) res.setHeader(name, value);
		} catch {
			// no _headers: no extra headers
		}
		const file = fileFor(root, pathname);
		const type = file && COMPRESSIBLE[/** @type {keyof typeof COMPRESSIBLE} */ (extname(file))];
		const accepted = String(req.headers['accept-encoding'] ?? '');
		const encoding = encodings.find((e) => new RegExp(`\\b${e}\\b`).test(accepted));
		if (!file || !type || !encoding) {
			files(req, res);
			return;
		}
		const key = `${encoding}:${file}:${statSync(file).mtimeMs}`;
		let body = cache.get(key);
		if (!body) {
			body = compress(readFileSync(file), encoding);
			cache.set(key, body);
		}
		res.writeHead(200, {
			'Content-Type': type,
			'Content-Encoding': encoding,
			'Content-Length': body.length,
			Vary: 'Accept-Encoding'
		});
		res.end(req.method === 'HEAD' ? undefined : body);
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
