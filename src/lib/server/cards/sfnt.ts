/**
 * Just enough of the OpenType (sfnt) format for the share cards: give a font
 * a family name of its own (the fontsource subsets all say "Inter" or
 * "Source Serif 4", and resvg needs to tell them apart), and read which
 * characters it has and how wide they are (resvg does not wrap text: we do).
 * Usage: const ttf = renameFamily(bytes, 'Card Sans latin'); const m = fontMetrics(ttf); m.advance('A')
 */

interface Table {
	tag: string;
	data: Uint8Array;
}

function tables(font: Uint8Array): { version: number; tables: Table[] } {
	const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
	const count = view.getUint16(4);
	const list: Table[] = [];
	for (let i = 0; i < count; i++) {
		const at = 12 + i * 16;
		const tag = String.fromCharCode(...font.subarray(at, at + 4));
		const offset = view.getUint32(at + 8);
		const length = view.getUint32(at + 12);
		list.push({ tag, data: font.subarray(offset, offset + length) });
	}
	return { version: view.getUint32(0), tables: list };
}

function table(font: Uint8Array, tag: string): DataView {
	const found = tables(font).tables.find((t) => t.tag === tag);
	if (!found) throw new Error(`the font has no ${tag} table`);
	return new DataView(found.data.buffer, found.data.byteOffset, found.data.byteLength);
}

function checksum(data: Uint8Array): number {
	const padded = new Uint8Array(Math.ceil(data.length / 4) * 4);
	padded.set(data);
	const view = new DataView(padded.buffer);
	let sum = 0;
	for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
	return sum;
}

/** The font with its tables replaced or added (tables in tag order, 4-byte aligned, checksums recomputed). */
function withTables(font: Uint8Array, replace: Record<string, Uint8Array>): Uint8Array {
	const { version, tables: list } = tables(font);
	const all = list
		.map((t) => ({ tag: t.tag, data: replace[t.tag] ?? t.data }))
		.sort((a, b) => (a.tag < b.tag ? -1 : 1));
	const headerLength = 12 + all.length * 16;
	const total = all.reduce((n, t) => n + Math.ceil(t.data.length / 4) * 4, headerLength);
	const out = new Uint8Array(total);
	const view = new DataView(out.buffer);
	const power = 2 ** Math.floor(Math.log2(all.length));
	view.setUint32(0, version);
	view.setUint16(4, all.length);
	view.setUint16(6, power * 16);
	view.setUint16(8, Math.log2(power));
	view.setUint16(10, all.length * 16 - power * 16);
	let offset = headerLength;
	all.forEach((t, i) => {
		const at = 12 + i * 16;
		for (let k = 0; k < 4; k++) out[at + k] = t.tag.charCodeAt(k);
		view.setUint32(at + 4, checksum(t.data));
		view.setUint32(at + 8, offset);
		view.setUint32(at + 12, t.data.length);
		out.set(t.data, offset);
		offset += Math.ceil(t.data.length / 4) * 4;
	});
	return out;
}

/** Name ids that say which family and face a font is (family, subfamily, unique, full, PostScript, typographic). */
const IDENTITY = new Set([1, 2, 3, 4, 6, 16, 17, 21, 22]);

/** The font under a new family name (Windows, English, UTF-16), its other names kept. */
export function renameFamily(font: Uint8Array, family: string): Uint8Array {
	const name = table(font, 'name');
	const count = name.getUint16(2);
	const storage = name.getUint16(4);
	const records: { ids: [number, number, number, number]; bytes: Uint8Array }[] = [];
	for (let i = 0; i < count; i++) {
		const at = 6 + i * 12;
		const nameId = name.getUint16(at + 6);
		if (IDENTITY.has(nameId)) continue;
		const length = name.getUint16(at + 8);
		const offset = storage + name.getUint16(at + 10);
		const bytes = new Uint8Array(name.buffer, name.byteOffset + offset, length);
		records.push({ ids: [name.getUint16(at), name.getUint16(at + 2), name.getUint16(at + 4), nameId], bytes });
	}
	const utf16 = (text: string) => {
		const bytes = new Uint8Array(text.length * 2);
		for (let i = 0; i < text.length; i++) {
			bytes[i * 2] = text.charCodeAt(i) >> 8;
			bytes[i * 2 + 1] = text.charCodeAt(i) & 0xff;
		}
		return bytes;
	};
	const own: [number, string][] = [
		[1, family],
		[2, 'Regular'],
		[3, family],
		[4, family],
		[6, family.replace(/[^A-Za-z0-9-]/g, '')]
	];
	for (const [id, text] of own) records.push({ ids: [3, 1, 0x409, id], bytes: utf16(text) });
	records.sort((a, b) => a.ids[0] - b.ids[0] || a.ids[1] - b.ids[1] || a.ids[2] - b.ids[2] || a.ids[3] - b.ids[3]);
	const head = 6 + records.length * 12;
	const size = records.reduce((n, r) => n + r.bytes.length, head);
	const out = new Uint8Array(size);
	const view = new DataView(out.buffer);
	view.setUint16(0, 0);
	view.setUint16(2, records.length);
	view.setUint16(4, head);
	let offset = 0;
	records.forEach((r, i) => {
		const at = 6 + i * 12;
		r.ids.forEach((v, k) => view.setUint16(at + k * 2, v));
		view.setUint16(at + 8, r.bytes.length);
		view.setUint16(at + 10, offset);
		out.set(r.bytes, head + offset);
		offset += r.bytes.length;
	});
	return withTables(font, { name: out });
}

/** The family name a font gives itself (name id 1, Windows English), for tests. */
export function familyName(font: Uint8Array): string | undefined {
	const name = table(font, 'name');
	const storage = name.getUint16(4);
	for (let i = 0; i < name.getUint16(2); i++) {
		const at = 6 + i * 12;
		if (name.getUint16(at) !== 3 || name.getUint16(at + 6) !== 1) continue;
		const length = name.getUint16(at + 8);
		const offset = storage + name.getUint16(at + 10);
		let text = '';
		for (let k = 0; k < length; k += 2) text += String.fromCharCode(name.getUint16(offset + k));
		return text;
	}
	return undefined;
}

/** Which characters a font has, and their advance widths in ems (the default instance of a variable font). */
export interface FontMetrics {
	/** Whether the font has a glyph for this character. */
	has(char: string): boolean;
	/** The character's advance in ems (0 for one it lacks). */
	advance(char: string): number;
}

/** A character → glyph map from the cmap table (formats 4 and 12, Windows Unicode). */
function glyphMap(font: Uint8Array): (code: number) => number {
	const cmap = table(font, 'cmap');
	const subtables: { platform: number; encoding: number; offset: number }[] = [];
	for (let i = 0; i < cmap.getUint16(2); i++)
		subtables.push({
			platform: cmap.getUint16(4 + i * 8),
			encoding: cmap.getUint16(6 + i * 8),
			offset: cmap.getUint32(8 + i * 8)
		});
	const full = subtables.find((s) => s.platform === 3 && s.encoding === 10 && cmap.getUint16(s.offset) === 12);
	if (full) {
		const groups = cmap.getUint32(full.offset + 12);
		return (code) => {
			for (let g = 0; g < groups; g++) {
				const at = full.offset + 16 + g * 12;
				const start = cmap.getUint32(at);
				if (code >= start && code <= cmap.getUint32(at + 4)) return cmap.getUint32(at + 8) + code - start;
			}
			return 0;
		};
	}
	const bmp = subtables.find((s) => s.platform === 3 && s.encoding === 1 && cmap.getUint16(s.offset) === 4);
	if (!bmp) throw new Error('the font has no Unicode cmap (format 4 or 12)');
	const at = bmp.offset;
	const segments = cmap.getUint16(at + 6) / 2;
	const ends = at + 14;
	const starts = ends + segments * 2 + 2;
	const deltas = starts + segments * 2;
	const ranges = deltas + segments * 2;
	return (code) => {
		for (let s = 0; s < segments; s++) {
			if (code > cmap.getUint16(ends + s * 2)) continue;
			const start = cmap.getUint16(starts + s * 2);
			if (code < start) return 0;
			const delta = cmap.getInt16(deltas + s * 2);
			const range = cmap.getUint16(ranges + s * 2);
			if (range === 0) return (code + delta) & 0xffff;
			const glyph = cmap.getUint16(ranges + s * 2 + range + (code - start) * 2);
			return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
		}
		return 0;
	};
}

export function fontMetrics(font: Uint8Array): FontMetrics {
	const unitsPerEm = table(font, 'head').getUint16(18);
	const metrics = table(font, 'hhea').getUint16(34);
	const hmtx = table(font, 'hmtx');
	const glyph = glyphMap(font);
	const code = (char: string) => char.codePointAt(0) ?? 0;
	return {
		has: (char) => glyph(code(char)) !== 0,
		advance: (char) => {
			const g = glyph(code(char));
			if (g === 0) return 0;
			return hmtx.getUint16(Math.min(g, metrics - 1) * 4) / unitsPerEm;
		}
	};
}

/** The font with its OS/2 weight class set (how resvg's font database picks a face for font-weight). */
export function withWeightClass(font: Uint8Array, weight: number): Uint8Array {
	const os2 = table(font, 'OS/2');
	const copy = new Uint8Array(os2.byteLength);
	copy.set(new Uint8Array(os2.buffer, os2.byteOffset, os2.byteLength));
	new DataView(copy.buffer).setUint16(4, weight);
	return withTables(font, { 'OS/2': copy });
}

/** A font's OS/2 weight class. */
export function weightClass(font: Uint8Array): number {
	return table(font, 'OS/2').getUint16(4);
}
