// scripts/serve.mjs, the server the browser tests and screenshots use: it
// serves the built site and nothing outside it, however the path is spelled.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.mjs';

/** GETs `path` exactly as written (no URL normalisation), with its status and body. */
function get(port: number, path: string): Promise<{ status: number; body: string }> {
	return new Promise((resolve, reject) => {
		const req = request({ host: '127.0.0.1', port, path }, (res) => {
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (chunk) => (body += chunk));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
		});
		req.on('error', reject);
		req.end();
	});
}

describe('scripts/serve.mjs', () => {
	// dir/site is served; dir/package.json and dir/site-private/ are beside it.
	const dir = mkdtempSync(join(tmpdir(), 'serve-test-'));
	let server: Server;
	let port: number;

	beforeAll(async () => {
		mkdirSync(join(dir, 'site', 'ru'), { recursive: true });
		mkdirSync(join(dir, 'site-private'));
		writeFileSync(join(dir, 'site', 'index.html'), '<p>uz</p>');
		writeFileSync(join(dir, 'site', 'ru', 'index.html'), '<p>ru</p>');
		writeFileSync(join(dir, 'site', 'data.json'), '{"ok":true}');
		writeFileSync(join(dir, 'package.json'), 'SECRET');
		writeFileSync(join(dir, 'site-private', 'package.json'), 'SECRET');
		server = await serve(join(dir, 'site'), 0);
		port = (server.address() as AddressInfo).port;
	});
	afterAll(() => {
		server.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('serves the site: pages by folder, files with their type', async () => {
		expect(await get(port, '/')).toMatchObject({ status: 200, body: '<p>uz</p>' });
		expect(await get(port, '/ru/')).toMatchObject({ status: 200, body: '<p>ru</p>' });
		expect(await get(port, '/data.json')).toMatchObject({ status: 200, body: '{"ok":true}' });
		expect((await get(port, '/missing.js')).status).toBe(404);
	});

	it.each([
		'/../package.json',
		'/../../package.json',
		'/..%2fpackage.json',
		'/%2e%2e/package.json',
		'/%2e%2e%2fpackage.json',
		'/..%5cpackage.json',
		'/../site-private/package.json',
		'/..%2fsite-private%2fpackage.json',
		'/ru/../../package.json'
	])('refuses %s, which leads out of the site', async (path) => {
		const res = await get(port, path);
		expect(res.status).toBeGreaterThanOrEqual(400);
		expect(res.body).not.toContain('SECRET');
	});
});
