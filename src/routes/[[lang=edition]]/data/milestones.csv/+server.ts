// The edition's milestones as CSV, prerendered (see src/lib/server/data-files.ts).
import { loadContent } from '$lib/server/content/load';
import { editionFor } from '$lib/server/content/edition';
import { milestoneRecords, toCsv } from '$lib/server/data-files';
import type { Lang } from '$lib/i18n/languages';
export { entries } from '../../+page.server';

export const prerender = true;

export const GET = ({ params }) =>
	new Response(toCsv(milestoneRecords(editionFor(loadContent(), (params.lang ?? 'uz') as Lang))), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
