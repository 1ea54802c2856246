/**
 * The story's colours (src/lib/tokens.ts) by the names the pictures drawn at build time use,
 * which read no CSS variables: the map's ground picture (./map/ground-svg.ts) and the share cards
 * (src/lib/server/cards/card.ts).
 */
import { COLOUR } from '$lib/tokens';

export const INK = {
	paper: COLOUR.paper,
	ink: COLOUR.ink,
	muted: COLOUR.inkMuted,
	rule: COLOUR.rule,
	grid: COLOUR.grid,
	mark: COLOUR.mark,
	accent: COLOUR.accent,
	accentInk: COLOUR.accentInk,
	zoomWindow: COLOUR.zoomWindow
};
