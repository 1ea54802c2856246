// The timeline embed of each edition (/embed/timeline/, /ru/embed/timeline/…), prerendered.
import { loadContent } from '$lib/server/content/load';
import { embedEntries, embedPageData } from '$lib/server/embed-page-data';
import type { Lang } from '$lib/i18n/languages';
import { siteRoot } from '$lib/site-root';

export const entries = embedEntries;

export const load = ({ params, url }) => embedPageData(loadContent(), (params.lang ?? 'uz') as Lang, siteRoot(url));
