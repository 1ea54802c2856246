// Reads a `_headers` file (Netlify / Cloudflare Pages format) and says which
// headers a path gets, the way those hosts do: every matching rule applies, in
// file order, and a header given by several rules has its values joined with ", ".
// A path pattern matches the whole path (no query); `*` matches anything,
// slashes included; `:name` matches one path segment. Comments start with #.
// Not supported (not used here): Cloudflare's `! Header` (detach), absolute URLs.
// Usage: headersFor(parseHeaders(readFileSync('build/_headers', 'utf8')), '/ru/embed/map/')

/** @typedef {{ path: string, pattern: RegExp, headers: [string, string][] }} HeaderRule */

/**
 * The rules of a `_headers` file, in order. Throws on a header line before any path,
 * or a header line without a colon.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeaders(text) {
	/** @type {HeaderRule[]} */
	const rules = [];
	text.split(/\r?\n/).forEach((raw, i) => {
		const line = raw.trimEnd();
		if (!line.trim() || line.trim().startsWith('#')) return;
		if (!/^\s/.test(line)) {
			const path = line.trim();
			rules.push({ path, pattern: pathPattern(path), headers: [] });
			return;
		}
		const rule = rules.at(-1);
		const colon = line.indexOf(':');
		if (!rule) throw new Error(`_headers line ${i + 1}: a header before any path`);
		if (colon < 0) throw new Error(`_headers line ${i + 1}: expected "Name: value", got "${line.trim()}"`);
		rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
	});
	return rules;
}

/**
 * A path pattern as a regular expression over the whole path.
 * @param {string} path
 */
function pathPattern(path) {
	const source = path
		.split(/(\*|:[A-Za-z_]\w*)/)
		.map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
		.join('');
	return new RegExp(`^${source}$`);
}

/**
 * The headers a request for `pathname` gets, names lower-cased.
 * @param {HeaderRule[]} rules
 * @param {string} pathname the URL's path, without query or hash
 * @returns {Record<string, string>}
 */
export function headersFor(rules, pathname) {
	/** @type {Record<string, string>} */
	const result = {};
	for (const rule of rules) {
		if (!rule.pattern.test(pathname)) continue;
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			result[key] = key in result ? `${result[key]}, ${value}` : value;
		}
	}
	return result;
}
