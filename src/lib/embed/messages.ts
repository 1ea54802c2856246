/**
 * The messages an embed and its host page exchange to size the iframe, as pure
 * functions (no DOM): the embed posts `sizeMessages(height, { childId, src })`
 * to its parent (see report-height.ts); a host reads an incoming message's data
 * with `heightFromMessage(event.data)` after checking the sender.
 *
 *     for (const msg of sizeMessages(812.4, { childId: 'story', src: location.href })) parent.postMessage(msg, '*');
 *     const height = heightFromMessage(event.data); // 813, or null if not a size message
 *
 * static/embed.js (the host-page script, plain JavaScript with no build step)
 * carries a copy of `heightFromMessage`; tests/unit/embed-script.test.ts feeds
 * both the same table. Change them together.
 */

/** The smallest height a host gives an embed, in CSS pixels. */
export const MIN_HEIGHT = 100;

/** The largest height a host gives an embed, in CSS pixels (a runaway layout stops here). */
export const MAX_HEIGHT = 20000;

/** AMP's `amp-iframe` resize request. */
interface AmpSizeMessage {
	sentinel: 'amp';
	type: 'embed-size';
	height: number;
}

/** A plain JSON resize message, naming the embed's address. */
interface JsonSizeMessage {
	context: 'iframe.resize';
	src: string;
	height: number;
}

/** Anything an embed posts to its parent: a pym.js string or one of the two objects. */
export type SizeMessage = string | AmpSizeMessage | JsonSizeMessage;

/** Who is speaking: pym.js's child id (from the embed's `childId` query parameter) and the embed's address. */
export interface SizeSender {
	childId?: string | null;
	src: string;
}

/** The pym.js height message: `pymxPYMx<childId>xPYMxheightxPYMx<px>`. */
export function pymHeightMessage(childId: string, height: number): string {
	return `pymxPYMx${childId}xPYMxheightxPYMx${height}`;
}

/**
 * The messages for a content height, rounded up to whole pixels: pym.js's
 * (only when the child id is known), AMP's and the plain JSON one, in that order.
 */
export function sizeMessages(height: number, { childId, src }: SizeSender): SizeMessage[] {
	const px = Math.ceil(height);
	const messages: SizeMessage[] = [];
	if (childId) messages.push(pymHeightMessage(childId, px));
	messages.push({ sentinel: 'amp', type: 'embed-size', height: px });
	messages.push({ context: 'iframe.resize', src, height: px });
	return messages;
}

const PYM_HEIGHT = /^pymxPYMx.+?xPYMxheightxPYMx(\d+(?:\.\d+)?)$/;

/** A number rounded up and held between MIN_HEIGHT and MAX_HEIGHT, or null if it is not a finite number. */
function clampHeight(value: unknown): number | null {
	if (typeof value !== 'number' || !Number.isFinite(value)) return null;
	return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(value)));
}

/**
 * The height a host should give the iframe for a message's data: a whole
 * number of pixels (rounded up, clamped to MIN_HEIGHT–MAX_HEIGHT), or null for
 * anything that is not one of the three size messages with a finite number
 * (pym.js's height is digits in its string; the objects' `height` must be a number).
 * It does not check who sent the message: the caller checks `event.source` and `event.origin`.
 */
export function heightFromMessage(data: unknown): number | null {
	if (typeof data === 'string') {
		const match = PYM_HEIGHT.exec(data);
		return match ? clampHeight(Number(match[1])) : null;
	}
	if (typeof data !== 'object' || data === null) return null;
	const message = data as Record<string, unknown>;
	const isAmp = message.sentinel === 'amp' && message.type === 'embed-size';
	const isJson = message.context === 'iframe.resize';
	return isAmp || isJson ? clampHeight(message.height) : null;
}
