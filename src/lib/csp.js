// The pages' Content-Security-Policy. svelte.config.js hands cspDirectives() to
// SvelteKit (kit.csp, hash mode): every prerendered page gets it in a
// <meta http-equiv="content-security-policy">, with the hashes of the inline
// scripts SvelteKit writes (its start-up script) added by SvelteKit, and of
// ours (./inline-scripts.js) added here. Pages that are not SvelteKit pages
// (the card pages) write the same policy with cspContent().
// A <meta> policy cannot say who may frame a page (frame-ancestors): that is
// static/_headers' job, with the headers a static host sends.
// Node only (node:crypto): for svelte.config.js and server code.
// Usage: kit: { csp: { mode: 'hash', directives: cspDirectives() } }
import { createHash } from 'node:crypto';
import { INLINE_SCRIPTS } from './inline-scripts.js';

/**
 * A CSP hash source for an inline script or style element's exact text.
 * @param {string} text
 * @returns {`sha256-${string}`}
 */
export function sha256Source(text) {
	return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** @typedef {Record<string, string[]>} Directives */

/**
 * What every page may load: its own files and nothing from any other host
 * (`assetOrigins`: where the built files are served from if not the site,
 * e.g. a CDN), the inline scripts of INLINE_SCRIPTS and no others, no plugins,
 * no <base>, forms only to the site. Style attributes are allowed (the
 * server-rendered charts position their layers with them; see docs/deployment.md,
 * "Security"); <style> elements only by hash (SvelteKit adds those it inlines).
 * Keywords are written bare ('self' → self), as SvelteKit's config takes them.
 * @param {string[]} [assetOrigins]
 * @returns {Directives}
 */
export function cspDirectives(assetOrigins = []) {
	const files = ['self', ...assetOrigins];
	return {
		'default-src': ['none'],
		'script-src': [...files, ...Object.values(INLINE_SCRIPTS).map(sha256Source)],
		'style-src': [...files],
		'style-src-attr': ['unsafe-inline'],
		'img-src': [...files],
		'font-src': [...files],
		// The map's data; SvelteKit's page data and version check.
		'connect-src': [...files],
		// The embed preview page frames the embeds.
		'frame-src': ['self'],
		'base-uri': ['none'],
		'form-action': ['self']
	};
}

/** The keywords CSP writes in single quotes (and hash sources). */
const QUOTED =
	/^(self|none|unsafe-inline|unsafe-eval|unsafe-hashes|strict-dynamic|report-sample|wasm-unsafe-eval|sha(256|384|512)-.+|nonce-.+)$/;

/**
 * A policy as the text of a header or <meta> (keywords quoted, as SvelteKit writes them).
 * @param {Directives} directives
 * @returns {string}
 */
export function cspContent(directives) {
	return Object.entries(directives)
		.map(([name, sources]) => [name, ...sources.map((s) => (QUOTED.test(s) ? `'${s}'` : s))].join(' '))
		.join('; ');
}
