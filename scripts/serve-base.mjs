// Serves the base-path build (build-base/, see base-build.mjs) the way a
// newsroom would publish it: the pages under /graphics/voronkov/ and the same
// folder's static files under /cdn/voronkov/ with `Access-Control-Allow-Origin: *`
// (as a CDN must send for fonts, module scripts and the map's data fetched from
// another origin). Requested as http://localhost:<port>/cdn/…, that is another
// origin than the pages' http://127.0.0.1:<port>/graphics/…. `/` answers 200 (for
// Playwright's readiness check, even before the build exists); anything else is a 404.
// The folder's _headers apply to the pages as if the folder were the host's root.
// Usage: node scripts/serve-base.mjs [port]   or   import { serveBase } from './serve-base.mjs'
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { baseBuild } from './base-build.mjs';
import { headersFor, parseHeaders } from './headers.mjs';

/**
 * Serves `root` at `base`/ (pages) and `cdnPath`/ (static files) on 127.0.0.1 and,
 * where the machine has it, ::1 (Chromium may look localhost up as either).
 * @param {{ dir: string, port: number, base: string, cdnPath: string }} settings
 * @returns {Promise<import('node:http').Server[]>}
 */
export async function serveBase({ dir, port, base, cdnPath }) {
	const files = sirv(dir, { dev: true });
	const headersFile = join(dir, '_headers');
	/** @type {import('node:http').RequestListener} */
	const handler = (req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		if (url.pathname === '/') {
			res.writeHead(200, { 'content-type': 'text/plain' }).end(`base-path test server: ${base}/ and ${cdnPath}/`);
			return;
		}
		const mount = [base, cdnPath].find((m) => url.pathname === m || url.pathname.startsWith(`${m}/`));
		const rest = mount ? url.pathname.slice(mount.length) || '/' : '';
		if (!mount || rest === '/_headers') {
			res.writeHead(404).end();
			return;
		}
		if (url.pathname === mount) {
			res.writeHead(301, { location: `${mount}/${url.search}` }).end();
			return;
		}
		if (mount === cdnPath) res.setHeader('Access-Control-Allow-Origin', '*');
		else if (existsSync(headersFile))
			for (const [name, value] of Object.entries(headersFor(parseHeaders(readFileSync(headersFile, 'utf8')), rest)))
				res.setHeader(name, value);
		req.url = rest + url.search;
		files(req, res);
	};
	const listen = (/** @type {string} */ host) =>
		new Promise((resolve) => {
			const server = createServer(handler);
			server.once('error', () => resolve(null));
			server.listen(port, host, () => resolve(server));
		});
	const [v4, v6] = await Promise.all([listen('127.0.0.1'), listen('::1')]);
	if (!v4) throw new Error(`serve-base: cannot listen on 127.0.0.1:${port}`);
	return /** @type {import('node:http').Server[]} */ ([v4, v6].filter(Boolean));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const settings = baseBuild(process.argv[2] ? Number(process.argv[2]) : undefined);
	await serveBase(settings);
	console.log(`serving ${settings.dir}/ at ${settings.site}${settings.base}/ and ${settings.assets}/`);
}
