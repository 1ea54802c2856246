// The edition's milestones as JSON, prerendered (see src/lib/server/data-files.ts).
import { json } from '@sveltejs/kit';
import { loadContent } from '$lib/server/content/load';
import { editionFor } from '$lib/server/content/edition';
import { milestoneRecords } from '$lib/server/data-files';
import type { Lang } from '$lib/i18n/languages';
export { entries } from '../../+page.server';

export const prerender = true;

export const GET = ({ params }) => json(milestoneRecords(editionFor(loadContent(), (params.lang ?? 'uz') as Lang)));
