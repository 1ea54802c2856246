// Stands in for d3-format in the browser bundle, for d3-scale only (see trimD3
// in vite.config.ts): it is reached only through scale.tickFormat(), and the
// timeline draws its own tick labels. Every export fails loudly if reached.
// Saves d3-format (about 5 KB) at first load.
/** @param {string} name */
const unbundled = (name) => () => {
	throw new Error(
		`d3-format's ${name}() (scale.tickFormat) is not in the browser bundle (vite.config.ts, trimD3): format ticks yourself`
	);
};
export const format = unbundled('format');
export const formatPrefix = unbundled('formatPrefix');
export const formatSpecifier = unbundled('formatSpecifier');
export const precisionFixed = unbundled('precisionFixed');
export const precisionPrefix = unbundled('precisionPrefix');
export const precisionRound = unbundled('precisionRound');
