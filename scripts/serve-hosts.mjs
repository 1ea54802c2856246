// Newsroom pages for the embed tests: a server on another port (so another
// origin) whose pages embed the story the three ways docs/embedding.md
// section documents. Each page takes the embed's address and a width:
//
//   /pym.html?embed=<url>&width=<px>             pym.js's parent (from npm, served here)
//   /script.html?embed=<url>&width=<px>          the story's own host script (<story origin>/embed.js)
//   /foreign.html?embed=<url>&other=<url>&width=<px>
//                                                the host script, plus a plain iframe of another page
//                                                of the story's that the script does not manage
//   /code.html?code=<html>&width=<px>            an embed code as a newsroom pastes it (the Embed
//                                                panel's, from src/lib/newsroom/codes.ts), as is
//
// Usage: node scripts/serve-hosts.mjs [port]   or   import { serveHosts } from './serve-hosts.mjs'
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const PYM = readFileSync(require.resolve('pym.js/dist/pym.v1.min.js'));

/** @param {string} value */
const attr = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** @param {string} body */
const html = (body) =>
	`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Newsroom</title>` +
	`<meta name="viewport" content="width=device-width, initial-scale=1"></head>` +
	`<body style="margin:0;font-family:sans-serif"><h1 style="font-size:1rem;margin:8px">Newsroom article</h1>` +
	`${body}<p style="margin:8px">After the embed.</p></body></html>`;

/** The page for one request, or null for a 404. @param {URL} url */
function page(url) {
	if (url.pathname === '/code.html') {
		const width = Number(url.searchParams.get('width') ?? 600);
		return html(`<div style="width:${width}px">${url.searchParams.get('code') ?? ''}</div>`);
	}
	const embed = url.searchParams.get('embed') ?? '';
	const width = Number(url.searchParams.get('width') ?? 600);
	const box = `style="width:${width}px"`;
	if (!/^https?:\/\//.test(embed) || !Number.isFinite(width)) return null;
	const storyOrigin = new URL(embed).origin;
	switch (url.pathname) {
		case '/pym.html':
			return html(
				`<div id="story" ${box}></div><script src="/pym.v1.min.js"></script>` +
					`<script>window.pymParent = new pym.Parent('story', ${JSON.stringify(embed)}, {});</script>`
			);
		case '/script.html':
			return html(
				`<div ${box} data-story-embed="${attr(embed)}" data-title="Story"><a href="${attr(embed)}">Story</a></div>` +
					`<script src="${attr(storyOrigin)}/embed.js" async></script>`
			);
		case '/foreign.html': {
			const other = url.searchParams.get('other') ?? '';
			if (!/^https?:\/\//.test(other)) return null;
			return html(
				`<div ${box} data-story-embed="${attr(embed)}" data-title="Story"><a href="${attr(embed)}">Story</a></div>` +
					`<iframe id="foreign" title="Another frame" src="${attr(other)}" style="width:${width}px;height:300px;border:0"></iframe>` +
					`<script src="${attr(storyOrigin)}/embed.js" async></script>`
			);
		}
		default:
			return null;
	}
}

/**
 * Serves the newsroom pages on 127.0.0.1:`port`; resolves to the listening server.
 * @param {number} [port]
 * @returns {Promise<import('node:http').Server>}
 */
export function serveHosts(port = 4174) {
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
		if (url.pathname === '/pym.v1.min.js') {
			res.writeHead(200, { 'content-type': 'text/javascript' }).end(PYM);
			return;
		}
		if (url.pathname === '/') {
			res.writeHead(200, { 'content-type': 'text/plain' }).end('newsroom test pages');
			return;
		}
		const body = page(url);
		if (body === null) res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
		else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const port = Number(process.argv[2] ?? 4174);
	await serveHosts(port);
	console.log(`serving newsroom test pages on http://127.0.0.1:${port}`);
}
