// The editions other than the Uzbek original, which lives at "/".
import type { ParamMatcher } from '@sveltejs/kit';
import { EDITION_PATH, LANGUAGES } from '$lib/i18n/languages';

export const SLUGS = LANGUAGES.filter((l) => EDITION_PATH[l] !== '/');

export const match: ParamMatcher = (param) => (SLUGS as string[]).includes(param);
