// Stands in for d3-color in the browser bundle, for d3-interpolate and for
// LayerCake's debug print only (see trimD3 in vite.config.ts). The story's
// scales map numbers, never colours:
// d3-interpolate's generic interpolate() asks color() whether a string is a
// colour, and this answers no. Every other export fails loudly if reached.
// Saves d3-color's parser and named-colour table (about 10 KB) at first load.
/** @returns {null} */
export const color = () => null;
/** @param {string} name */
const unbundled = (name) => () => {
	throw new Error(
		`d3-color's ${name}() is not in the browser bundle (vite.config.ts, trimD3): import d3-color directly`
	);
};
export const rgb = unbundled('rgb');
export const hsl = unbundled('hsl');
export const lab = unbundled('lab');
export const hcl = unbundled('hcl');
export const cubehelix = unbundled('cubehelix');
