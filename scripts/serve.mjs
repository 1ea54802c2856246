// A tiny static server for the built site (build/), for tests and screenshots.
// Usage: node scripts/serve.mjs [port]. Logs any request that is not for itself.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain'
};

export function serve(root = 'build', port = 4173) {
	const server = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let path = normalize(join(root, decodeURIComponent(url.pathname)));
		if (!path.startsWith(normalize(root))) return res.writeHead(403).end();
		try {
			if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
			const body = await readFile(path);
			res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
			res.end(body);
		} catch {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
		}
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const port = Number(process.argv[2] ?? 4173);
	await serve('build', port);
	console.log(`serving build/ on http://127.0.0.1:${port}`);
}
