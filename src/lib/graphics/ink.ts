/**
 * The story's colours (src/app.css), written out for the pictures drawn at
 * build time, which read no CSS variables: the map's ground picture
 * (./map/ground-svg.ts) and the share cards (src/lib/server/cards/card.ts).
 * tests/unit/ink.test.ts checks them against src/app.css.
 */
export const INK = {
	paper: '#fbfaf7',
	ink: '#1c1b19',
	muted: '#5c5a55',
	rule: '#d9d5cc',
	grid: '#e6e2d9',
	mark: '#7b8794',
	accent: '#b3401b',
	accentInk: '#8f2f10'
};
