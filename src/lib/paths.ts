/**
 * The site's paths, in one place (the editions' own, EDITION_PATH, in $lib/i18n/languages): a milestone in an edition, its share
 * page, the link-preview cards and the social images. Paths from the site's root, without the
 * base path (SvelteKit's resolve() and asset() add it).
 * Usage: sharePath('ru', 'memorandum') → '/ru/m/memorandum/'
 */
import { EDITION_PATH, type Lang } from '$lib/i18n/languages';
/** A milestone's share page: /m/<id>/ under the edition's path. */
export const sharePath = (lang: Lang, id: string) => `${EDITION_PATH[lang]}m/${id}/`;
/** Where the story opens at a milestone. */
export const stepPath = (lang: Lang, id: string) => `${EDITION_PATH[lang]}#${id}`;
/** The link-preview card of a story page (no id) or of a milestone's share page. */
export const cardPath = (lang: Lang, id?: string) => `${id ? sharePath(lang, id) : EDITION_PATH[lang]}card.png`;
/** A social image of the gallery (/<edition>/social/<file>). */
export const socialImagePath = (lang: Lang, file: string) => `${EDITION_PATH[lang]}social/${file}`;
