/**
 * Text for the share cards' SVG, which resvg draws but does not wrap: greedy
 * line breaking on a measured width, and each line written as runs (tspans)
 * in the font subset that has their characters.
 * Usage: wrapLines(title, 520, (t) => fonts.width(t, 'serif', 48)); svgText(line, (c) => fonts.faceFor(c, 'serif').family)
 */

/** Escapes text for SVG character data and attribute values. */
const esc = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Lines of at most maxWidth (a word longer than that gets a line of its own). */
export function wrapLines(text: string, maxWidth: number, width: (text: string) => number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (line && width(next) > maxWidth) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

/** The largest size (from sizes, largest first) at which text fits in maxLines; the last size, cut with an ellipsis, if none does. */
export function fitLines(
	text: string,
	maxWidth: number,
	maxLines: number,
	sizes: number[],
	width: (text: string, size: number) => number
): { size: number; lines: string[] } {
	for (const size of sizes) {
		const lines = wrapLines(text, maxWidth, (t) => width(t, size));
		if (lines.length <= maxLines) return { size, lines };
	}
	const size = sizes[sizes.length - 1];
	const lines = wrapLines(text, maxWidth, (t) => width(t, size)).slice(0, maxLines);
	let last = `${lines[maxLines - 1]}…`;
	while (width(last, size) > maxWidth && last.includes(' ')) last = `${last.replace(/\s+\S+…$/, '')}…`;
	lines[maxLines - 1] = last;
	return { size, lines };
}

/** A line's characters as tspans, one per run of characters in the same font family. */
export function svgRuns(text: string, familyOf: (char: string) => string): string {
	let out = '';
	let run = '';
	let family = '';
	const flush = () => {
		if (run) out += `<tspan font-family="${esc(family)}">${esc(run)}</tspan>`;
		run = '';
	};
	for (const char of text) {
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
