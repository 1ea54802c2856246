// The static server for the built site (build/), for tests and screenshots:
// sirv, which serves only what is inside the folder (a `/../` path is a 404).
// Like a static host, it sends the headers of the folder's `_headers` file
// (read on each request; see headers.mjs) and does not serve that file itself.
// Usage: node scripts/serve.mjs [port]   or   import { serve } from './serve.mjs'
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { headersFor, parseHeaders } from './headers.mjs';

/**
 * Serves `root` on 127.0.0.1:`port` (0 picks a free port); resolves to the
 * listening server. Files are looked up on each request (sirv's dev mode), so
 * a rebuild shows without a restart; files get `_headers`' Cache-Control (hashed ones a year, HTML a minute), others none.
 * @param {string} [root]
 * @param {number} [port]
 * @returns {Promise<import('node:http').Server>}
 */
export function serve(root = 'build', port = 4173) {
	const files = sirv(root, { dev: true });
	const headersFile = join(root, '_headers');
	const server = createServer((req, res) => {
		// A request line that is no path ("//", "//x") is answered, not thrown on (it took the server down).
		const pathname = URL.canParse(req.url ?? '/', 'http://localhost')
			? new URL(req.url ?? '/', 'http://localhost').pathname
			: undefined;
		if (pathname === undefined) {
			res.writeHead(400).end();
			return;
		}
		if (pathname === '/_headers') {
			res.writeHead(404).end();
			return;
		}
		if (existsSync(headersFile)) {
			const headers = headersFor(parseHeaders(readFileSync(headersFile, 'utf8')), pathname);
			for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
		}
		files(req, res);
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const port = Number(process.argv[2] ?? 4173);
	await serve('build', port);
	console.log(`serving build/ on http://127.0.0.1:${port}`);
}
