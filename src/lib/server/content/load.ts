/**
 * Reads every file under content/ at build time and validates it.
 * Server-only (imported from +page.server.ts), so the parser and the schema
 * never reach the reader's browser.
 */
import { buildModel } from '$lib/server/content/model';
import type { ContentModel } from '$lib/content/types';

const raw = import.meta.glob('/content/**/*.aml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** Every content file's text by path as editors see it: "content/uz/copy.aml" (also what tests start from). */
export const contentFiles: Record<string, string> = Object.fromEntries(
	Object.entries(raw).map(([path, text]) => [path.replace(/^\//, ''), text])
);

let cached: ContentModel | undefined;

/** The validated model; throws a ContentError naming every problem. */
export function loadContent(): ContentModel {
	cached ??= buildModel(contentFiles);
	return cached;
}
