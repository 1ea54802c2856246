/**
 * The story's colours, in one place: the page's CSS reads them as custom properties (`--ink`,
 * `--ink-muted`…, written into src/app.css's `:root` by `@colours;`, see vite.config.ts), the map's
 * canvas and the pictures drawn at build time (the map's ground, the cards) read them here.
 * Usage: import { COLOUR } from '$lib/tokens'; COLOUR.inkMuted → '#5c5a55'; in CSS: var(--ink-muted)
 */
export const COLOUR = Object.freeze({
	/** The page's ground. */
	paper: '#fbfaf7',
	/** A step's card and other raised boxes. */
	card: '#ffffff',
	ink: '#1c1b19',
	inkSoft: '#3b3935',
	inkMuted: '#5c5a55',
	/** Hairlines between parts. */
	rule: '#d9d5cc',
	/** The timeline's gridlines. */
	grid: '#e6e2d9',
	/** A timeline mark not in focus. */
	mark: '#7b8794',
	accent: '#b3401b',
	/** The accent as text (darker, 4.5:1 on the paper). */
	accentInk: '#8f2f10',
	link: '#14508c',
	/** The interview's highlighted passage. */
	highlight: '#fbefd5',
	/** The keyboard focus ring. */
	focus: '#1a5fb4',
	/** The timeline's detail band (the window a zoomed view shows). */
	zoomWindow: '#efe7d8',
	/** The map: sea, land, a country's outline (borders are drawn in the paper's colour). */
	ocean: '#f3f1ec',
	land: '#e4e0d6',
	outline: '#d6d1c5'
});

/** Each colour as a CSS custom property: `--ink-muted: #5c5a55;` … */
/** @returns {string[]} */
export const colourProperties = () =>
	Object.entries(COLOUR).map(([name, value]) => `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${value};`);
