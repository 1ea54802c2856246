/**
 * Uzbek Latin → Uzbek Cyrillic, following the correspondence of the 1995 Latin
 * alphabet to the Cyrillic one, for the story's uz-cyrl edition.
 *
 *   const toCyrillic = cyrillicTransliterator({ words, keepLatin }); // lists: content/transliteration.aml
 *   toCyrillic('Toshkentdagi uchrashuv'); // 'Тошкентдаги учрашув'
 *
 * Input is the project's typography: oʻ gʻ with U+02BB ʻ, the tutuq belgisi ʼ
 * with U+02BC. Anything that is not a Latin letter (digits, “ ” « », –, spaces)
 * passes through unchanged.
 *
 * Letter rules, in the order they are tried at each position of a word:
 * - oʻ → ў, gʻ → ғ. Also after o/g: ‘ ’ or ASCII ' when a letter follows.
 * - sh → ш, ch → ч; ng is н+г. sʼh → сҳ (ʼ only separates s and h, as in Isʼhoq).
 * - ʼ → ъ (saʼy → саъй); ‘ ’ ' between two letters are read as ʼ.
 * - ya yo yu ye → я ё ю е anywhere in a word (Mirziyoyev → Мирзиёев,
 *   proyekt → проект), except y before oʻ (yoʻl → йўл); y otherwise → й.
 * - e → э at the start of a word (or of a hyphenated part), after a vowel and
 *   after ʼ (ekspert → эксперт, poeziya → поэзия, eʼtibor → эътибор); е elsewhere.
 * - ts → ц only in loanwords: when preceded by a vowel (or the word start) and
 *   followed by a vowel or the word end (reabilitatsiya → реабилитация,
 *   dotsent → доцент). Not before the native suffixes -sa, -sin, -siz
 *   (otsiz → отсиз, ketsa → кетса, aytsin → айтсин).
 * - q → қ, h → ҳ, x → х, j → ж, c → ц, w → в, the rest one to one.
 * Case: a capital source letter gives a capital Cyrillic one (Sh → Ш, Oʻ → Ў);
 * a word of two or more letters all in capitals is output all in capitals (BMT → БМТ).
 * Month names: a listed month ending in ь drops it before a suffix, as Uzbek
 * Cyrillic writes them (dekabr → декабрь, dekabrdagi → декабрдаги, fevralda →
 * февралда); other listed words keep theirs (intervyusida → интервьюсида).
 * Typeset text passes too: a no-break space is a space, and a non-breaking
 * hyphen U+2011 joins and splits words as a hyphen does (Nyu‑Yorkdagi → Нью‑Йоркдаги).
 */

/**
 * The story's own word lists (content/transliteration.aml): names,
 * abbreviations and loanwords written by usage, and words kept in Latin.
 */
import { MONTH_TABLE } from './format';
export interface TransliterationList {
	/**
	 * Latin → Cyrillic as written by usage. Matched case-insensitively at the
	 * start of a word, taking the case of its first letter (dunyo → дунё); the
	 * rest of the word (a suffix) is transliterated: Nyu-Yorkdagi → Нью-Йоркдаги.
	 */
	words: { latin: string; cyrillic: string }[];
	/**
	 * Words kept in Latin script (e.g. UNOCT), matched exactly (case-sensitive).
	 * An all-capitals entry may take a suffix, which is transliterated
	 * (UNOCTning → UNOCTнинг). Paragraph refs (P0…P10), code points (U+02BB),
	 * URLs, domains and script file names (pym.js) are kept too, by pattern.
	 */
	keepLatin: string[];
}

const KEEP_PATTERNS = [/^P\d+$/];

/**
 * The Uzbek month names (Latin). Those the word list writes with a final ь
 * (dekabr → декабрь) drop it before a suffix: декабрдаги, февралда, июлдан, as
 * official Uzbek Cyrillic texts write them ("2020 йил 31 декабрдаги",
 * "2017 йил 7 февралдаги"). Only months (format.ts's Uzbek names): a name or
 * loanword keeps its ь.
 */
const MONTHS = new Set(MONTH_TABLE.uz!.long);

/** The non-breaking hyphen of typeset text, read as a hyphen. */
const NB_HYPHEN = /\u2011/g;

const SIMPLE: Record<string, string> = {
	a: 'а',
	b: 'б',
	c: 'ц',
	d: 'д',
	f: 'ф',
	g: 'г',
	h: 'ҳ',
	i: 'и',
	j: 'ж',
	k: 'к',
	l: 'л',
	m: 'м',
	n: 'н',
	o: 'о',
	p: 'п',
	q: 'қ',
	r: 'р',
	s: 'с',
	t: 'т',
	u: 'у',
	v: 'в',
	w: 'в',
	x: 'х',
	z: 'з'
};
const IOTATED: Record<string, string> = { a: 'я', o: 'ё', u: 'ю', e: 'е' };
const VOWELS = 'aeiou';
/** Apostrophe-like marks; only ʻ (U+02BB) and ʼ (U+02BC) are the canonical ones. */
const MARKS = "ʻʼ'‘’";

const isLetter = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z';
const isMark = (c: string | undefined) => c !== undefined && MARKS.includes(c);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where a word part starts: at a word start, or after a letter (vowel or not). */
type Context = { start: boolean; prevVowel: boolean };
const START: Context = { start: true, prevVowel: false };

/** At s[i]: o or g followed by a mark that makes oʻ / gʻ (U+02BB always; ‘ ’ ' before a letter). */
function isOgMark(s: string, i: number) {
	const m = s[i + 1];
	return (s[i] === 'o' || s[i] === 'g') && (m === 'ʻ' || (isMark(m) && m !== 'ʼ' && isLetter(s[i + 2])));
}

/** Transliterates one word (letters, marks, digits; no spaces or hyphens). */
function word(seg: string, ctx: Context): string {
	const s = seg.toLowerCase();
	const letters = s.match(/[a-z]/g) ?? [];
	const allCaps = letters.length > 1 && seg === seg.toUpperCase();
	let { start, prevVowel } = ctx;
	let out = '';
	for (let i = 0; i < s.length;) {
		const c = s[i];
		const next = s[i + 1];
		let unit: string;
		let len = 1;
		let vowel = false;
		if (c >= '0' && c <= '9') {
			out += c;
			i++;
			start = true; // 5dekabr: a digit ends a word part
			prevVowel = false;
			continue;
		}
		if (isMark(c)) {
			if (s[i - 1] === 's' && next === 'h')
				unit = ''; // Isʼhoq → Исҳоқ
			else if (c === 'ʼ' || c === 'ʻ' || (isLetter(s[i - 1]) && isLetter(next))) unit = 'ъ';
			else unit = seg[i]; // a quote mark, not a letter sign
			vowel = unit === 'ъ'; // e after ъ is э, as at a syllable start
		} else if (isOgMark(s, i)) {
			unit = c === 'o' ? 'ў' : 'ғ';
			len = 2;
			vowel = c === 'o';
		} else if ((c === 's' || c === 'c') && next === 'h') {
			unit = c === 's' ? 'ш' : 'ч';
			len = 2;
		} else if (c === 'y') {
			if (next !== undefined && IOTATED[next] && !isOgMark(s, i + 1)) {
				unit = IOTATED[next];
				len = 2;
				vowel = true;
			} else unit = 'й';
		} else if (c === 'e') {
			unit = start || prevVowel ? 'э' : 'е';
			vowel = true;
		} else if (
			c === 't' &&
			next === 's' &&
			(start || prevVowel) &&
			(i + 2 === s.length || VOWELS.includes(s[i + 2])) &&
			!/^s(a|in|iz)/.test(s.slice(i + 1))
		) {
			unit = 'ц';
			len = 2;
		} else {
			unit = SIMPLE[c] ?? seg[i];
			vowel = VOWELS.includes(c);
		}
		if (unit && seg[i] !== c) unit = unit[0].toUpperCase() + unit.slice(1);
		out += unit;
		start = false;
		prevVowel = vowel;
		i += len;
	}
	return allCaps ? out.toUpperCase() : out;
}

/** Gives `cyr` the case of the Latin it replaces: all capitals, or the case of the first letter. */
function withCase(cyr: string, latin: string) {
	const letters = latin.match(/[A-Za-z]/g) ?? [];
	if (letters.length > 1 && latin === latin.toUpperCase()) return cyr.toUpperCase();
	const first = /^[A-Z]/.test(latin) ? cyr[0].toUpperCase() : cyr[0].toLowerCase();
	return first + cyr.slice(1);
}

/** A Latin → Cyrillic converter for the story's uz-cyrl edition, with its word lists; see the rules above. */
export function cyrillicTransliterator({ words, keepLatin }: TransliterationList): (latin: string) => string {
	const fixed = new Map(words.map((w) => [w.latin.toLowerCase(), w.cyrillic]));
	const fixedKeys = words.map((w) => w.latin).sort((a, b) => b.length - a.length);

	function token(tok: string, ctx: Context = START): string {
		if (ctx.start) {
			if (keepLatin.includes(tok) || KEEP_PATTERNS.some((re) => re.test(tok))) return tok;
			const acronym = keepLatin.find(
				(k) => k === k.toUpperCase() && tok.startsWith(k) && /^[a-zʻʼ']+$/.test(tok.slice(k.length))
			);
			if (acronym) return acronym + word(tok.slice(acronym.length), { start: false, prevVowel: false });
			const lower = tok.toLowerCase().replace(NB_HYPHEN, '-');
			const key = fixedKeys.find((k) => lower.startsWith(k.toLowerCase()));
			if (key) {
				const rest = tok.slice(key.length);
				const after = { start: false, prevVowel: VOWELS.includes(key.slice(-1).toLowerCase()) };
				let cyrillic = fixed.get(key.toLowerCase())!;
				// A month before a suffix: декабр+даги (not декабрь+даги).
				if (MONTHS.has(key.toLowerCase()) && cyrillic.endsWith('ь') && /^[a-z]/i.test(rest))
					cyrillic = cyrillic.slice(0, -1);
				// The typeset text's non-breaking hyphen stays one: Nyu‑York → Нью‑Йорк.
				if (tok.slice(0, key.length).includes('\u2011')) cyrillic = cyrillic.replace(/-/g, '\u2011');
				return withCase(cyrillic, tok.slice(0, key.length)) + (rest ? token(rest, after) : '');
			}
		}
		// Hyphenated words and phrases: each part is a word of its own.
		const sep = /[\s\u2011-]+/.exec(tok);
		if (sep) {
			const head = tok.slice(0, sep.index);
			const tail = tok.slice(sep.index + sep[0].length);
			return (head ? token(head, ctx) : '') + sep[0] + token(tail);
		}
		return word(tok, ctx);
	}

	// What a token is, tried in this order at each position of the text:
	const pattern = new RegExp(
		[
			// kept as is: URLs, bare domains, code points
			String.raw`(?<keep>https?:\/\/[^\s“”«»<>"]*[^\s“”«»<>".,;:!?)]` +
				String.raw`|(?:[a-z0-9-]+\.)+(?:uz|com|org|net|info|int|ru|io|js)\b(?:\/[^\s“”«»<>"]*[^\s“”«»<>".,;:!?)])?` +
				String.raw`|U\+[0-9a-f]{4,6})`,
			// names of several words (Shavkat Mirziyoyev, SIL Open Font License), with a suffix
			...[...fixedKeys, ...keepLatin]
				.filter((k) => k.includes(' '))
				.sort((a, b) => b.length - a.length)
				.map((k) => escape(k) + String.raw`[a-z0-9ʻʼ'‘’]*`),
			// a word: letters, digits, marks inside, hyphens (- or U+2011) between
			String.raw`[a-z0-9](?:[a-z0-9ʻʼ'‘’]|[\-\u2011](?=[a-z0-9]))*`
		].join('|'),
		'gi'
	);

	return (latin) =>
		latin.replace(pattern, (tok: string, ...rest: unknown[]) => {
			const groups = rest[rest.length - 1] as { keep?: string };
			return groups.keep ? tok : token(tok);
		});
}
