// The static server for the built site (build/), for tests and screenshots:
// sirv, which serves only what is inside the folder (a `/../` path is a 404).
// Usage: node scripts/serve.mjs [port]   or   import { serve } from './serve.mjs'
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

/**
 * Serves `root` on 127.0.0.1:`port` (0 picks a free port); resolves to the
 * listening server. Files are looked up on each request (sirv's dev mode), so
 * a rebuild shows without a restart; nothing is cached by the browser.
 * @param {string} [root]
 * @param {number} [port]
 * @returns {Promise<import('node:http').Server>}
 */
export function serve(root = 'build', port = 4173) {
	const server = createServer(sirv(root, { dev: true }));
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const port = Number(process.argv[2] ?? 4173);
	await serve('build', port);
	console.log(`serving build/ on http://127.0.0.1:${port}`);
}
