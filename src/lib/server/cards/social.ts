/**
 * The images social editors post (issue #22), per edition: for the story and each step, the
 * graphic in that step's state and the quote, in each format (CARD_SIZES), with their paths,
 * file names, text alternatives, and the suggested posts that go with them. Read by the image
 * route (/<edition>/social/<name>.png), the gallery (/<edition>/social/) and tests.
 * The graphic's link card is the share page's own og:image (card.png), not a copy.
 * Usage: socialSubjects(edition, siteRoot(url), galleryWords(model, lang)) → [{ id: 'story', images: [...], posts: {...} }, …]
 */
import type { Edition } from '$lib/server/content/edition';
import { EDITION_PATH, writtenIn, type Lang } from '$lib/i18n/languages';
import { untypeset } from '$lib/i18n/typeset';
import { transliteratedUi } from '$lib/i18n/ui';
import { scriptFor } from '$lib/server/content/derive';
import type { ContentModel } from '$lib/content/types';
import { CARD_SIZES, pictureOf, quoteOf, type CardFormat, type CardKind } from '$lib/server/cards/card';
import { cardAlt } from '$lib/server/seo';
import { cardPath, sharePath, socialImagePath } from '$lib/paths';

/** The story's own images are filed under this subject. */
export const STORY_SUBJECT = 'story';

interface SocialImage {
	subject: string;
	kind: CardKind;
	format: CardFormat;
	/** Its path from the site's root (under the edition's path). */
	path: string;
	/** Its file name as `npm run screenshots` writes it: <subject>-<format>.png, <subject>-quote-<format>.png. */
	file: string;
	width: number;
	height: number;
	/** Its text alternative, to paste with it. */
	alt: string;
}

export interface SocialSubject {
	id: string;
	/** The step's title, or the story's headline. */
	title: string;
	/** The address to share: the step's share page (its own link preview), or the story's. */
	url: string;
	images: SocialImage[];
	/** A post to go with the images, per platform: X (within 280 characters as X counts them), Telegram, Facebook and LinkedIn. */
	posts: Record<Platform, string>;
}

type Platform = 'x' | 'telegram' | 'facebook' | 'instagram' | 'whatsapp';

/** X counts every link as 23 characters. */
const X_LINK = 23;
const X_LIMIT = 280;

/** The post for X: the title, the description if it fits, the credit, and the link. */
function xPost(title: string, text: string, credit: string, url: string): string {
	const full = `${title}\n\n${text}\n\n${credit}`;
	return [...full].length + 1 + X_LINK <= X_LIMIT ? `${full}\n${url}` : `${title}\n\n${credit}\n${url}`;
}

/** How long X counts a post: its characters, with each link as 23. */
export const xLength = (post: string) =>
	[...post.replace(/https?:\/\/\S+/g, '')].length + (post.match(/https?:\/\/\S+/g)?.length ?? 0) * X_LINK;

const imagePath = (lang: Lang, subject: string, kind: CardKind, format: CardFormat) =>
	kind === 'graphic' && format === 'link'
		? cardPath(lang, subject === STORY_SUBJECT ? undefined : subject)
		: socialImagePath(lang, fileName(subject, kind, format));

const fileName = (subject: string, kind: CardKind, format: CardFormat) =>
	`${subject}${kind === 'quote' ? '-quote' : ''}-${format}.png`;

/** A quote image's text alternative: the words, who said them, and what they are about. */
function quoteAlt(edition: Edition, id: string | undefined): string {
	const q = quoteOf(edition, id)!;
	// "May 2024*" said in words, and, in a translation, that the quote is ours, as the image says.
	const when = q.when.replace('*', ` (${edition.ui.inferredMark})`);
	const translated = edition.copy.quotesTranslated ? ` ${edition.copy.quotesTranslated}` : '';
	return untypeset(`${q.quote} — ${edition.copy.speaker}. ${[q.title, when].filter(Boolean).join(', ')}.${translated}`);
}

/** Every subject of an edition with its images and posts; `origin` is the site's root (SITE_URL, with any base path). */
export function socialSubjects(
	edition: Edition,
	origin: string,
	words: Pick<GalleryWords, 'postCredit' | 'linkInBio'>
): SocialSubject[] {
	const ids = [undefined, ...edition.steps.map((s) => s.id)];
	return ids.map((id) => {
		const subject = id ?? STORY_SUBJECT;
		const step = id ? edition.steps.find((s) => s.id === id) : undefined;
		const share = step?.share ?? { title: edition.copy.shareTitle, text: edition.copy.shareText };
		const kinds: CardKind[] = quoteOf(edition, id) ? ['graphic', 'quote'] : ['graphic'];
		const images = kinds.flatMap((kind) =>
			(Object.keys(CARD_SIZES) as CardFormat[]).map((format) => ({
				subject,
				kind,
				format,
				path: imagePath(edition.lang, subject, kind, format),
				file: fileName(subject, kind, format),
				...CARD_SIZES[format],
				alt:
					kind === 'quote'
						? quoteAlt(edition, id)
						: cardAlt(edition, id, format === 'link' ? 'both' : pictureOf(edition, id))
			}))
		);
		const url = `${origin}${id ? sharePath(edition.lang, id) : EDITION_PATH[edition.lang]}`;
		const [title, text] = [untypeset(share.title), untypeset(share.text)];
		const credit = words.postCredit;
		return {
			id: subject,
			title: untypeset(step?.title ?? edition.copy.headline),
			url,
			images,
			posts: {
				x: xPost(title, text, credit, url),
				telegram: `${title}\n\n${text}\n\n${credit}\n${url}`,
				facebook: `${title}\n\n${text}\n\n${credit}\n${url}`,
				instagram: `${title}\n\n${text}\n\n${credit}. ${words.linkInBio}`,
				whatsapp: `${title}\n${url}`
			}
		};
	});
}

/** The images the image route draws: every one but the graphic's link card (that is card.png). */
export const drawnImages = (subjects: SocialSubject[]) =>
	subjects.flatMap((s) => s.images).filter((i) => !(i.kind === 'graphic' && i.format === 'link'));

/** The gallery's words (written for uz, ru and en; uz-cyrl transliterated from uz by the story's word lists). */
export interface GalleryWords {
	heading: string;
	intro: string;
	/** {0}: the setting's name (SITE_URL), never transliterated */
	noAddress: string;
	storySubject: string;
	share: string;
	posts: string;
	platforms: Record<Platform, string>;
	/** Who gave the interview, as a post credits it. */
	postCredit: string;
	/** An Instagram caption's pointer to the link (links in captions do not work). */
	linkInBio: string;
	kinds: Record<CardKind, string>;
	formats: Record<CardFormat, string>;
	alt: string;
	download: string;
}

/**
 * The gallery's and the posts' words in an edition's script: the Uzbek Cyrillic edition's
 * transliterated from the Uzbek, the platforms' names (and Instagram's "Stories") kept as they
 * write them.
 */
export function galleryWords(model: ContentModel, lang: Lang): GalleryWords {
	const source = GALLERY_WORDS[writtenIn(lang)];
	if (lang === writtenIn(lang)) return source;
	const words = transliteratedUi(source, scriptFor(model, lang));
	return { ...words, platforms: PLATFORM_NAMES, formats: { ...words.formats, story: source.formats.story } };
}

/** The platforms' names, as they write them in every language. */
const PLATFORM_NAMES: Record<Platform, string> = {
	x: 'X',
	telegram: 'Telegram',
	facebook: 'Facebook, LinkedIn',
	instagram: 'Instagram',
	whatsapp: 'WhatsApp'
};

const GALLERY_WORDS: Record<'uz' | 'ru' | 'en', GalleryWords> = {
	uz: {
		heading: 'Ijtimoiy tarmoqlar uchun rasmlar',
		intro:
			'Ijtimoiy tarmoqlar muharrirlari uchun: ushbu nashrning barcha rasmlari. Rasmni yuklab oling, unga muqobil matnini qoʻshing va taklif qilingan postdan foydalaning. Maqoladan bu sahifaga havola berilmagan.',
		noAddress:
			'Bu yigʻma sayt manzilisiz ({0}) qilingan: rasmlarda manzil yoʻq, quyidagi havolalar mahalliy serverga olib boradi.',
		storySubject: 'Butun maqola',
		share: 'Ulashish uchun havola',
		posts: 'Taklif qilingan postlar',
		platforms: PLATFORM_NAMES,
		postCredit: 'Intervyu: “Dunyo” axborot agentligi',
		linkInBio: 'Havola profilda.',
		kinds: { graphic: 'Grafika', quote: 'Iqtibos' },
		formats: { link: 'Havola koʻrinishi', square: 'Lenta, kvadrat', portrait: 'Lenta, vertikal', story: 'Stories' },
		alt: 'Muqobil matn',
		download: 'Yuklab olish'
	},
	ru: {
		heading: 'Изображения для соцсетей',
		intro:
			'Для редакторов соцсетей: все изображения этой версии. Скачайте изображение, добавьте к нему альтернативный текст и возьмите за основу предложенный пост. Из материала сюда ссылки нет.',
		noAddress: 'Сборка без адреса сайта ({0}): на изображениях нет адреса, ссылки ниже ведут на локальный сервер.',
		storySubject: 'Материал целиком',
		share: 'Ссылка',
		posts: 'Предлагаемые посты',
		platforms: PLATFORM_NAMES,
		postCredit: 'Интервью: ИА «Дунё»',
		linkInBio: 'Ссылка в профиле.',
		kinds: { graphic: 'График', quote: 'Цитата' },
		formats: { link: 'Превью ссылки', square: 'Лента, квадрат', portrait: 'Лента, вертикальный', story: 'Сторис' },
		alt: 'Альтернативный текст',
		download: 'Скачать'
	},
	en: {
		heading: 'Images for social media',
		intro:
			'For social editors: every image of this edition. Download an image, paste its alt text with it, and start from the suggested post. The story does not link here.',
		noAddress:
			'This build has no site address ({0}): the images carry none, and the links below point to the local server.',
		storySubject: 'The whole story',
		share: 'Link to share',
		posts: 'Suggested posts',
		platforms: PLATFORM_NAMES,
		postCredit: 'Interview: Dunyo news agency',
		linkInBio: 'Link in bio.',
		kinds: { graphic: 'The graphic', quote: 'The quote' },
		formats: { link: 'Link preview', square: 'Feed, square', portrait: 'Feed, portrait', story: 'Stories' },
		alt: 'Alt text',
		download: 'Download'
	}
};
