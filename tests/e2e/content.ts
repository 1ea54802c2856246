// The story's content for the browser tests, read the way the build reads it:
// the files under content/ through the project's own loader (buildModel, then
// editionFor), so the tests follow the content rather than a copy of it.
// Usage: import { editionOf } from './content'; editionOf('ru').steps
import { buildModel } from '$lib/content/model';
import { editionFor } from '$lib/content/edition';
import type { Lang } from '$lib/i18n/languages';
import { readContentFiles } from '../unit/helpers';

const model = buildModel(readContentFiles());

/** One edition of the story, as the page for that language is built from. */
export const editionOf = (lang: Lang) => editionFor(model, lang);
