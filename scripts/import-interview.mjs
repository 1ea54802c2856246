// One-off import: turns the agency's Uzbek text (ASCII apostrophes, hard line
// breaks) into content/uz/interview.aml with Uzbek typography fixed:
// oʻ/gʻ with U+02BB, the tutuq belgisi ʼ with U+02BC, quotes as “ ”.
// Usage: node scripts/import-interview.mjs ../shared/source/voronkov-interview-uz.txt
// The content file is the editor's from then on; rerunning overwrites it.
import { readFileSync, writeFileSync } from 'node:fs';

const source = process.argv[2] ?? '../shared/source/voronkov-interview-uz.txt';
const raw = readFileSync(source, 'utf8');

export function fixUzbekTypography(text) {
	return text
		.replace(/([oOgG])'/g, '$1\u02BB')
		.replace(/'/g, '\u02BC')
		.replace(/"([^"]*)"/g, '\u201C$1\u201D');
}

const paragraphs = raw
	.split(/\n\s*\n/)
	.map((p) => p.replace(/\s+/g, ' ').trim())
	.filter(Boolean)
	.map(fixUzbekTypography);

const body = paragraphs.map((text, i) => `id: P${i}\ntext: ${text}\n`).join('\n');
writeFileSync(
	'content/uz/interview.aml',
	`# The interview as published by the "Dunyo" news agency, in Uzbek (Latin script).\n# P0 is the headline, P1 the lead; P2–P10 are Vladimir Voronkov's answer.\n# Imported by scripts/import-interview.mjs; typography fixed (oʻ gʻ ʼ).\n\n[paragraphs]\n${body}[]\n`
);
console.log(`wrote ${paragraphs.length} paragraphs`);
