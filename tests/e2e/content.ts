// The story's content for the browser tests, read the way the build reads it:
// the files under content/ through the project's own loader (buildModel, then
// editionFor), so the tests follow the content rather than a copy of it.
// Usage: import { editionOf } from './content'; editionOf('ru').steps
import { buildModel } from '$lib/server/content/model';
import { editionFor } from '$lib/server/content/edition';
import type { Lang } from '$lib/i18n/languages';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under content/, by path ("content/uz/copy.aml"), as load.ts gives them to the build. */
function contentFiles(dir = 'content'): Record<string, string> {
	return Object.fromEntries(
		readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) return Object.entries(contentFiles(path));
			return entry.name.endsWith('.aml') ? [[path, readFileSync(path, 'utf8')]] : [];
		})
	);
}

/** The validated model of the story's content. */
export const model = buildModel(contentFiles());

/** One edition of the story, as the page for that language is built from. */
export const editionOf = (lang: Lang) => editionFor(model, lang);
