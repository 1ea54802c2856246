import { describe, expect, it } from 'vitest';
import { fill, quoted } from '$lib/i18n/fill';
import { UI } from '$lib/i18n/ui';
import { LANGUAGES } from '$lib/i18n/languages';
import { buildModel } from '$lib/server/content/model';
import { readContentFiles } from './helpers';

// Every edition's dictionary, the derived Uzbek Cyrillic one included.
const { editions } = buildModel(readContentFiles());

describe('UI templates', () => {
	it('fill values in order and leave unknown placeholders visible', () => {
		expect(fill('{0} min read', 6)).toBe('6 min read');
		expect(fill('{1} – {0}', 'a', 'b')).toBe('b – a');
		expect(fill('{0} and {1}', 'x')).toBe('x and {1}');
	});
	it('every edition keeps the placeholders of the original (transliteration leaves them alone)', () => {
		const placeholders = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort();
		for (const lang of LANGUAGES) {
			for (const key of [
				'readingTime',
				'sourceLink',
				'backToStep',
				'describeTimeline',
				'describePart',
				'describeRecap',
				'openingCounter'
			] as const) {
				expect(placeholders(editions[lang].ui[key]), `${lang}.${key}`).toEqual(placeholders(UI.uz[key]));
			}
			for (const [basis, words] of Object.entries(editions[lang].ui.dateBasis))
				expect(placeholders(words), `${lang}.dateBasis.${basis}`).toEqual(
					placeholders(UI.uz.dateBasis[basis as keyof typeof UI.uz.dateBasis])
				);
		}
		// The source link is plain words (no paragraph number), which fill() leaves as they are.
		expect(fill(editions['uz-cyrl'].ui.sourceLink, 'P4')).toBe('Интервьюда ўқиш');
		expect(fill(editions.en.ui.sourceLink, 'P4')).toBe('Read this in the interview');
	});
	it('quote in each language, nesting inner quotes', () => {
		expect(quoted('a “b” c', UI.en.quoteMarks)).toBe('“a ‘b’ c”');
		// Uzbek Latin: ‘…’ inside would read as the letters' signs ʻ and ʼ (AUDIT-5 S-4).
		expect(quoted('“yoʻl xaritasi” doirasida', UI.uz.quoteMarks)).toBe('“«yoʻl xaritasi» doirasida”');
		expect(quoted('в рамках «дорожной карты»', UI.ru.quoteMarks)).toBe('«в рамках „дорожной карты“»');
	});
});
