import { untypeset } from '$lib/i18n/typeset';
import { describe, expect, it } from 'vitest';
import { cyrillicTransliterator } from '$lib/i18n/transliterate';
import { buildModel } from '$lib/server/content/model';
import { editionFor } from '$lib/server/content/edition';
import { readContentFiles } from './helpers';

// The rules with the story's word lists (content/transliteration.aml), read by the project's loader.
const model = buildModel(readContentFiles());
const { words, keepLatin } = model.transliteration;
const toCyrillic = cyrillicTransliterator(model.transliteration);

/** Checks each [Latin, Cyrillic] pair. */
function expectAll(pairs: [string, string][]) {
	for (const [latin, cyrillic] of pairs) expect(toCyrillic(latin), latin).toBe(cyrillic);
}

describe('toCyrillic: letters', () => {
	it('maps the single letters one to one (q → қ, h → ҳ, x → х, j → ж, c → ц, w → в)', () => {
		expect(toCyrillic('a b d f g h i j k l m n o p q r s t u v x z c w')).toBe(
			'а б д ф г ҳ и ж к л м н о п қ р с т у в х з ц в'
		);
		expectAll([
			['qahramon', 'қаҳрамон'],
			['xabar', 'хабар'],
			['jahon', 'жаҳон']
		]);
	});

	it('reads sh, ch, oʻ, gʻ as one letter each, ng as н+г', () => {
		expectAll([
			['shahar', 'шаҳар'],
			['chora', 'чора'],
			['kengash', 'кенгаш'],
			['ming', 'минг'],
			['oʻzaro', 'ўзаро'],
			['bagʻishlangan', 'бағишланган'],
			['Shahar', 'Шаҳар'],
			['SHAHAR', 'ШАҲАР'],
			['Choralar', 'Чоралар'],
			['CHORA', 'ЧОРА'],
			['Oʻzbekiston', 'Ўзбекистон'],
			['Gʻalaba', 'Ғалаба'],
			['OʻZBEKISTON', 'ЎЗБЕКИСТОН']
		]);
	});

	it('accepts ‘ ’ and ASCII apostrophes after o and g, but leaves quote marks alone', () => {
		expectAll([
			['o‘zbek', 'ўзбек'],
			['o’zbek', 'ўзбек'],
			["O'zbekiston", 'Ўзбекистон'],
			["bag'ishlangan", 'бағишланган'],
			['‘Dunyo’ va boshqalar', '‘Дунё’ ва бошқалар'],
			["'salom'", "'салом'"]
		]);
	});

	it('writes the tutuq belgisi ʼ as ъ, and drops it between s and h (sʼh → сҳ)', () => {
		expectAll([
			['saʼy', 'саъй'],
			['taʼsir', 'таъсир'],
			['eʼtibor', 'эътибор'],
			['maʼlumot', 'маълумот'],
			["ta'sir", 'таъсир'],
			['ma’lumot', 'маълумот'],
			['Isʼhoq', 'Исҳоқ'],
			['Musʼhaf', 'Мусҳаф'],
			['mashhur', 'машҳур']
		]);
	});

	it('writes ts as ц in loanwords (vowel before, vowel or word end after)', () => {
		expectAll([
			['reabilitatsiya', 'реабилитация'],
			['integratsiya', 'интеграция'],
			['reintegratsiya', 'реинтеграция'],
			['Konstitutsiya', 'Конституция'],
			['dotsent', 'доцент'],
			['revolyutsion', 'революцион'],
			['Shvets', 'Швец']
		]);
	});

	it('keeps т+с before the native suffixes -siz, -sa, -sin (otsiz is ot + siz)', () => {
		expectAll([
			['otsiz', 'отсиз'],
			['otsizlik', 'отсизлик'],
			['vaqtsiz', 'вақтсиз'],
			['ketsa', 'кетса'],
			['aytsin', 'айтсин'],
			['yetsak', 'етсак']
		]);
	});

	it('writes ya yo yu ye as я ё ю е, anywhere in a word, and y otherwise as й', () => {
		expectAll([
			['yordam', 'ёрдам'],
			['Yordam', 'Ёрдам'],
			['YORDAM', 'ЁРДАМ'],
			['yutuq', 'ютуқ'],
			['yangi', 'янги'],
			['Yer', 'Ер'],
			['yil', 'йил'],
			['bunday', 'бундай'],
			['miqyosda', 'миқёсда'],
			['rivojlanayotgan', 'ривожланаётган'],
			['Mirziyoyev', 'Мирзиёев'],
			['proyekt', 'проект'],
			['faoliyatiga', 'фаолиятига']
		]);
	});

	it('reads y before oʻ as й (yoʻl → йўл, not ё)', () => {
		expectAll([
			['yoʻl', 'йўл'],
			['Yoʻl', 'Йўл'],
			["yo'lga", 'йўлга'],
			['qoʻyildi', 'қўйилди']
		]);
	});

	it('writes e as э at a word start, after a vowel and after ʼ; е elsewhere', () => {
		expectAll([
			['ekspert', 'эксперт'],
			['ekstremizm', 'экстремизм'],
			['Erta', 'Эрта'],
			['poeziya', 'поэзия'],
			['shoir', 'шоир'],
			['aeroport', 'аэропорт'],
			['mintaqaviy', 'минтақавий'],
			['tematik', 'тематик'],
			['voqea', 'воқеа'],
			['ilmiy-ekspert', 'илмий-эксперт']
		]);
	});
});

describe('toCyrillic: case', () => {
	it('keeps a capital first letter and ALL-CAPS words', () => {
		expectAll([
			['BMT', 'БМТ'],
			['AA', 'АА'],
			['BMTning', 'БМТнинг'],
			['Bosh kotib', 'Бош котиб'],
			['SHAVKAT', 'ШАВКАТ'],
			['A', 'А']
		]);
	});
});

describe('toCyrillic: fixed words and Latin kept as is', () => {
	it('writes names, abbreviations and loanwords as usage writes them, also with a suffix', () => {
		expectAll([
			['Toshkent', 'Тошкент'],
			['Toshkentga', 'Тошкентга'],
			['TOSHKENT', 'ТОШКЕНТ'],
			['Nyu-York', 'Нью-Йорк'],
			['Nyu-Yorkdagi', 'Нью-Йоркдаги'],
			['Vladimir Voronkov', 'Владимир Воронков'],
			['Voronkovning', 'Воронковнинг'],
			['Shavkat Mirziyoyev', 'Шавкат Мирзиёев'],
			['Shavkat Mirziyoyevning', 'Шавкат Мирзиёевнинг'],
			['Dunyo', 'Дунё'],
			['dunyo', 'дунё'],
			['intervyusida', 'интервьюсида'],
			['Intervyu', 'Интервью'],
			['5-dekabr', '5-декабрь']
		]);
	});

	it('writes every word of content/transliteration.aml as the list says', () => {
		expect(words.length).toBeGreaterThan(10);
		for (const { latin, cyrillic } of words) {
			expect(latin).toMatch(/^[A-Za-z][A-Za-z ʻʼ-]*$/);
			expect(cyrillic).toMatch(/^[\p{Script=Cyrillic} -]+$/u);
			expect(toCyrillic(latin)).toBe(cyrillic);
		}
	});

	it('passes keepLatin words, paragraph refs, code points and URLs unchanged', () => {
		expect(keepLatin).toContain('UNOCT');
		for (const word of keepLatin) expect(toCyrillic(word)).toBe(word);
		expectAll([
			['(UNOCT)', '(UNOCT)'],
			['UNOCTning', 'UNOCTнинг'],
			['P0', 'P0'],
			['(P2–P10 — javob)', '(P2–P10 — жавоб)'],
			['P7 dagi', 'P7 даги'],
			['U+02BB belgisi', 'U+02BB белгиси'],
			['Manba: https://dunyo.info/uz/intervyu-voronkov.', 'Манба: https://dunyo.info/uz/intervyu-voronkov.'],
			['kun.uz saytida', 'kun.uz сайтида'],
			['Source Serif 4 va Inter', 'Source Serif 4 ва Inter'],
			['(SIL Open Font License)', '(SIL Open Font License)']
		]);
	});
});

describe('toCyrillic: month names (O-B)', () => {
	it('keep ь in the bare month name, also after a day', () => {
		expectAll([
			['dekabr', 'декабрь'],
			['Dekabr', 'Декабрь'],
			['24-noyabr', '24-ноябрь'],
			['2023-yil 5-dekabr', '2023-йил 5-декабрь'],
			['fevral, iyun, iyul', 'февраль, июнь, июль'],
			['dekabr-yanvar', 'декабрь-январь']
		]);
	});

	it('drop ь before a suffix, as Uzbek Cyrillic writes them (декабрдаги, not декабрьдаги)', () => {
		expectAll([
			['dekabrdagi', 'декабрдаги'],
			['fevraldagi', 'февралдаги'],
			['Dekabrdagi', 'Декабрдаги'],
			['DEKABRDA', 'ДЕКАБРДА'],
			['yanvarda', 'январда'],
			['apreldan', 'апрелдан'],
			['iyundan', 'июндан'],
			['iyulgacha', 'июлгача'],
			['sentabrda', 'сентябрда'],
			['oktabrdan', 'октябрдан'],
			['noyabrda', 'ноябрда'],
			['31-dekabrdagi', '31-декабрдаги'],
			['dekabrida', 'декабрида'],
			['brifingni dekabrdagi', 'брифингни декабрдаги']
		]);
	});

	it('leave the ь of other listed words and the months written without one', () => {
		expectAll([
			['intervyu', 'интервью'],
			['intervyusida', 'интервьюсида'],
			['intervyuda', 'интервьюда'],
			['martda', 'мартда'],
			['mayda', 'майда'],
			['avgustda', 'августда']
		]);
	});

	it('the Uzbek Cyrillic edition has no month with ь before a suffix, and keeps it in the bare name', () => {
		const cyrl = editionFor(model, 'uz-cyrl');
		// Typeset or not (a word joiner after the hyphen of a day number).
		const text = untypeset(JSON.stringify(cyrl));
		expect(text).not.toMatch(/(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)ь[а-яўқғҳ]/iu);
		expect(text).toMatch(/\d-(?:январь|февраль|апрель|июнь|июль|сентябрь|октябрь|ноябрь|декабрь)(?![а-яўқғҳ])/u);
		// The audit's case (uz/copy.aml: "dekabrdagi brifingni"), wherever the Latin text has it.
		if (JSON.stringify(editionFor(model, 'uz')).includes('dekabrdagi')) expect(text).toContain('декабрдаги');
	});
});

describe('toCyrillic: typeset text', () => {
	const NBSP = '\u00a0';
	const NBHY = '\u2011';
	it('reads a non-breaking hyphen as a hyphen and keeps it', () => {
		expectAll([
			[`Nyu${NBHY}York`, `Нью${NBHY}Йорк`],
			[`Nyu${NBHY}Yorkdagi`, `Нью${NBHY}Йоркдаги`],
			[`2023${NBHY}yil 5${NBHY}dekabr`, `2023${NBHY}йил 5${NBHY}декабрь`],
			[`2021–2026${NBHY}yillarga`, `2021–2026${NBHY}йилларга`],
			[`ilmiy${NBHY}ekspert`, `илмий${NBHY}эксперт`]
		]);
	});
	it('passes a no-break space as a space', () => {
		expectAll([
			[`2024${NBSP}yilda`, `2024${NBSP}йилда`],
			[`P0${NBSP}— sarlavha`, `P0${NBSP}— сарлавҳа`]
		]);
	});
});

describe('toCyrillic: script file names', () => {
	it('keeps embed.js and pym.js in Latin, like a domain', () => {
		expectAll([
			['pym.js ulangan sahifalar', 'pym.js уланган саҳифалар'],
			['(pym.js allaqachon)', '(pym.js аллақачон)'],
			['embed.js', 'embed.js']
		]);
	});
});

describe('toCyrillic: everything else', () => {
	it('passes digits, punctuation, quotes, dashes, spaces and newlines unchanged', () => {
		expectAll([
			['“Dunyo” AA', '“Дунё” АА'],
			['«yoʻl xaritasi»', '«йўл харитаси»'],
			['2021–2026-yillarga', '2021–2026-йилларга'],
			['kun — nuqta; oy, yil: oraliq!\n\tyana?', 'кун — нуқта; ой, йил: оралиқ!\n\tяна?'],
			['shtab-kvartira', 'штаб-квартира'],
			['saʼy-harakatlari', 'саъй-ҳаракатлари'],
			['', '']
		]);
	});

	it('leaves Cyrillic text as it is', () => {
		const cyrillic = toCyrillic('Oʻzbekiston Markaziy Osiyo uchun terrorizmga qarshi erta ogohlantirish');
		expect(toCyrillic(cyrillic)).toBe(cyrillic);
	});
});

describe('toCyrillic: sentences from the interview and the story', () => {
	it('P0, the headline of the interview', () => {
		expect(
			toCyrillic(
				'Vladimir Voronkov: Oʻzbekistonning saʼy-harakatlari Markaziy Osiyoda xavfsizlikni mustahkamlash uchun katalizator boʻlib xizmat qilmoqda'
			)
		).toBe(
			'Владимир Воронков: Ўзбекистоннинг саъй-ҳаракатлари Марказий Осиёда хавфсизликни мустаҳкамлаш учун катализатор бўлиб хизмат қилмоқда'
		);
	});

	it('P1', () => {
		expect(
			toCyrillic(
				'BMT bosh kotibining oʻrinbosari – Terrorizmga qarshi kurash boshqarmasi rahbari Vladimir Voronkov “Dunyo” AA uchun intervyusida 2024 yilda Oʻzbekiston bilan hamkorlikda amalga oshirilgan ishlar yakunlarini sarhisob qildi:'
			)
		).toBe(
			'БМТ бош котибининг ўринбосари – Терроризмга қарши кураш бошқармаси раҳбари Владимир Воронков “Дунё” АА учун интервьюсида 2024 йилда Ўзбекистон билан ҳамкорликда амалга оширилган ишлар якунларини сарҳисоб қилди:'
		);
	});

	it('P4, first sentence', () => {
		expect(
			toCyrillic(
				'2023-yilning 5-dekabr kuni BMTning Nyu-Yorkdagi qarorgohida Terrorizmga qarshi kurash boshqarmasi va Oʻzbekiston Prezidenti huzuridagi Strategik va mintaqalararo tadqiqotlar instituti oʻrtasida oʻzaro anglashuv memorandumi imzolandi.'
			)
		).toBe(
			'2023-йилнинг 5-декабрь куни БМТнинг Нью-Йоркдаги қароргоҳида Терроризмга қарши кураш бошқармаси ва Ўзбекистон Президенти ҳузуридаги Стратегик ва минтақалараро тадқиқотлар институти ўртасида ўзаро англашув меморандуми имзоланди.'
		);
	});

	it('P5, first sentence', () => {
		expect(
			toCyrillic(
				'Joriy yilning may oyida Toshkent shahriga tashrifim chogʻida kelishilgan BMT va Oʻzbekiston Respublikasining “yoʻl xaritasi” doirasida koʻplab samarali ishlar amalga oshirilganini mamnuniyat bilan qayd etaman.'
			)
		).toBe(
			'Жорий йилнинг май ойида Тошкент шаҳрига ташрифим чоғида келишилган БМТ ва Ўзбекистон Республикасининг “йўл харитаси” доирасида кўплаб самарали ишлар амалга оширилганини мамнуният билан қайд этаман.'
		);
	});

	it('P6, first sentence', () => {
		expect(
			toCyrillic(
				'Oʻtgan yili, shuningdek, 2021–2026-yillarga moʻljallangan Terrorizm va ekstremizmga qarshi kurashish boʻyicha Milliy strategiyani amalga oshirish borasidagi saʼy-harakatlarga alohida eʼtibor qaratildi.'
			)
		).toBe(
			'Ўтган йили, шунингдек, 2021–2026-йилларга мўлжалланган Терроризм ва экстремизмга қарши курашиш бўйича Миллий стратегияни амалга ошириш борасидаги саъй-ҳаракатларга алоҳида эътибор қаратилди.'
		);
	});

	it('P7, first and third sentences', () => {
		expect(
			toCyrillic(
				'Oʻzbekiston Markaziy Osiyo mintaqaviy ekspertlar kengashi orqali qaytganlarni reabilitatsiya qilish va reintegratsiya qilish sohasidagi milliy tajribani faol oʻrtoqlashmoqda.'
			)
		).toBe(
			'Ўзбекистон Марказий Осиё минтақавий экспертлар кенгаши орқали қайтганларни реабилитация қилиш ва реинтеграция қилиш соҳасидаги миллий тажрибани фаол ўртоқлашмоқда.'
		);
		expect(
			toCyrillic(
				'Oʻzbekiston Prezidenti Shavkat Mirziyoyev tomonidan ilgari surilgan bunday kengashni tashkil etish tashabbusi Markaziy Osiyo barqarorligi va xavfsizligiga ijobiy taʼsir koʻrsatib, mintaqada muloqot va hamkorlik uchun yangi imkoniyatlar ochdi.'
			)
		).toBe(
			'Ўзбекистон Президенти Шавкат Мирзиёев томонидан илгари сурилган бундай кенгашни ташкил этиш ташаббуси Марказий Осиё барқарорлиги ва хавфсизлигига ижобий таъсир кўрсатиб, минтақада мулоқот ва ҳамкорлик учун янги имкониятлар очди.'
		);
	});

	it('P9, second sentence', () => {
		expect(
			toCyrillic(
				'Treninglar, seminarlar va mintaqaviy muloqotlarni oʻz ichiga olgan qoʻshma tashabbuslar mintaqa davlatlarining transchegaraviy tahdidlarga qarshi turish va ishonchni mustahkamlash choralarini kuchaytirish salohiyatini oshirishga xizmat qildi.'
			)
		).toBe(
			'Тренинглар, семинарлар ва минтақавий мулоқотларни ўз ичига олган қўшма ташаббуслар минтақа давлатларининг трансчегаравий таҳдидларга қарши туриш ва ишончни мустаҳкамлаш чораларини кучайтириш салоҳиятини оширишга хизмат қилди.'
		);
	});

	it('the story headline (copy.aml) and a note', () => {
		expect(toCyrillic('Katalizator: BMT va Oʻzbekistonning terrorizmga qarshi hamkorligi, bosqichma-bosqich')).toBe(
			'Катализатор: БМТ ва Ўзбекистоннинг терроризмга қарши ҳамкорлиги, босқичма-босқич'
		);
		expect(
			toCyrillic(
				'Intervyuda raqamlar (ishtirokchilar soni, mablagʻlar va hokazo) berilmagan, biz ham qoʻshmadik. Intervyuning eʼlon qilingan sanasi bizdagi matnda koʻrsatilmagan.'
			)
		).toBe(
			'Интервьюда рақамлар (иштирокчилар сони, маблағлар ва ҳоказо) берилмаган, биз ҳам қўшмадик. Интервьюнинг эълон қилинган санаси биздаги матнда кўрсатилмаган.'
		);
	});
});

describe('the Uzbek Cyrillic edition, as the content model derives it', () => {
	const cyrl = editionFor(model, 'uz-cyrl');
	const kept = (w: string) =>
		keepLatin.some((k) => k.split(/[ -]/).includes(w)) || /^P\d+$/.test(w) || /^U\+[0-9A-F]+$/.test(w);
	/** Every string an edition shows, with where it comes from. */
	const strings: [string, string][] = [
		...Object.entries(cyrl.copy).flatMap(([k, v]) =>
			k === 'published' ? [] : [v].flat().map((x): [string, string] => [`copy.${k}`, String(x)])
		),
		...cyrl.paragraphs.map((p): [string, string] => [p.id, p.text]),
		...cyrl.steps.flatMap((s) =>
			[s.title, s.text, s.quote ?? '', s.whenLabel, ...s.placeNames, ...s.organisationNames].map(
				(x): [string, string] => [s.id, x]
			)
		),
		...cyrl.places.map((p): [string, string] => [`place ${p.id}`, p.name]),
		...cyrl.timelineViews.map((v): [string, string] => [`timeline ${v.id}`, v.caption]),
		...cyrl.mapViews.flatMap((v) => [v.description, v.legend ?? ''].map((x): [string, string] => [`map ${v.id}`, x])),
		...cyrl.monthsShort.map((m): [string, string] => ['monthsShort', m])
	];

	it('has text in every part (copy, interview, steps, places, graphics)', () => {
		expect(strings.length).toBeGreaterThan(60);
		expect(cyrl.paragraphs).toHaveLength(11);
	});

	it('leaves no Latin words except the keepLatin list', () => {
		for (const [where, value] of strings) {
			const latinWords = (value.match(/[\p{Script=Latin}\p{N}+]+/gu) ?? []).filter((w) => /\p{Script=Latin}/u.test(w));
			expect(
				latinWords.filter((w) => !kept(w)),
				`${where}: ${value}`
			).toEqual([]);
		}
	});
});
