// The only inline scripts the site's pages may run. Each is constant text, so
// its SHA-256 hash is known before the build: svelte.config.js puts the hashes
// in the pages' Content-Security-Policy (see ./csp.js), and a page gives a
// script its data in data-* attributes, never in the code. Scripts written
// any other way are refused by the browser.
// Plain JavaScript, so svelte.config.js imports it too.
// Usage: {@html scriptTag('openingStep', { steps: JSON.stringify(ids) })} inside <svelte:head>

export const INLINE_SCRIPTS = /** @type {const} */ ({
	// Story pages: if the address names a step (data-steps: a JSON list of ids),
	// mark <html> so CSS hides the graphic until the scroller has taken over.
	openingStep:
		"try{if(JSON.parse(document.currentScript.dataset.steps).includes(decodeURIComponent(location.hash.slice(1))))document.documentElement.classList.add('opening-step')}catch(e){}",
	// Share pages: on to the story at that step (data-target: a path on the site).
	shareRedirect: 'location.replace(document.currentScript.dataset.target)'
});

/** @typedef {keyof typeof INLINE_SCRIPTS} InlineScript */

/**
 * Text for an HTML attribute value in double quotes: nothing in it can end the
 * attribute or the tag.
 * @param {string} value
 */
function escapeAttribute(value) {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * One of INLINE_SCRIPTS as a <script> element, its data in data-* attributes
 * (names in lower case, values escaped). The code is never built from data.
 * @param {InlineScript} name
 * @param {Record<string, string>} [data]
 * @returns {string}
 */
export function scriptTag(name, data = {}) {
	const code = INLINE_SCRIPTS[name];
	if (code === undefined) throw new Error(`no inline script "${name}"`);
	const attributes = Object.entries(data).map(([key, value]) => {
		if (!/^[a-z][a-z0-9-]*$/.test(key)) throw new Error(`not a data attribute name: "${key}"`);
		return ` data-${key}="${escapeAttribute(value)}"`;
	});
	return `<script${attributes.join('')}>${code}</script>`;
}
