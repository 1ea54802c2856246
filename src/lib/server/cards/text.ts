/**
 * Text for the share cards' SVG, which resvg draws but does not wrap: greedy
 * line breaking on a measured width, and each line written as runs (tspans)
 * in the font subset that has their characters.
 * Lines break only at ordinary spaces: a no-break space (U+00A0, U+202F, U+2007)
 * holds "2024 год" together, and a non-breaking hyphen (U+2011) "2024‑yil". The
 * card fonts have no U+2011 glyph, so it is measured and drawn as a hyphen.
 * Usage: wrapLines(title, 520, (t) => fonts.width(t, 'serif', 48)); svgRuns(line, (c) => fonts.faceFor(c, 'serif').family)
 */

/** Escapes text for SVG character data and attribute values. */
const esc = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Where a line may break: white space other than the no-break spaces U+00A0, U+2007 and U+202F. */
const BREAK = /[^\S\u00a0\u2007\u202f]+/;

/** Text as the cards draw it: the non-breaking hyphen U+2011, which their fonts lack, as a hyphen; no word joiner (U+2060, which only holds a line together). */
export const drawn = (text: string) => text.replace(/\u2011/g, '-').replace(/\u2060/g, '');

/** Lines of at most maxWidth (a word longer than that gets a line of its own), as drawn (see `drawn`). */
export function wrapLines(text: string, maxWidth: number, width: (text: string) => number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of drawn(text).split(BREAK).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (line && width(next) > maxWidth) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * The largest size (from sizes, largest first) at which text fits in maxLines, no line wider than
 * maxWidth (a word longer than the width, "кибербезопасность", takes a smaller size); the last
 * size, cut with an ellipsis, if none does.
 */
export function fitLines(
	text: string,
	maxWidth: number,
	maxLines: number,
	sizes: number[],
	width: (text: string, size: number) => number
): { size: number; lines: string[] } {
	for (const size of sizes) {
		const lines = wrapLines(text, maxWidth, (t) => width(t, size));
		if (lines.length <= maxLines && lines.every((l) => width(l, size) <= maxWidth)) return { size, lines };
	}
	const size = sizes[sizes.length - 1];
	const lines = wrapLines(text, maxWidth, (t) => width(t, size)).slice(0, maxLines);
	let last = `${lines[maxLines - 1]}…`;
	// Cut whole words ("2024 год" is one), at the spaces where a line may break.
	while (width(last, size) > maxWidth && BREAK.test(last))
		last = `${last.replace(/[^\S\u00a0\u2007\u202f]+[\S\u00a0\u2007\u202f]+…$/, '')}…`;
	lines[maxLines - 1] = last;
	return { size, lines };
}

/** A line's characters as tspans, one per run of characters in the same font family (U+2011 drawn as a hyphen). */
export function svgRuns(text: string, familyOf: (char: string) => string): string {
	let out = '';
	let run = '';
	let family = '';
	const flush = () => {
		if (run) out += `<tspan font-family="${esc(family)}">${esc(run)}</tspan>`;
		run = '';
	};
	for (const char of drawn(text)) {
		const f = /\s/.test(char) && family ? family : familyOf(char);
		if (f !== family) {
			flush();
			family = f;
		}
		run += char;
	}
	flush();
	return out;
}
