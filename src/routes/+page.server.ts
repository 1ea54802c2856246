// The Uzbek (Latin script) original. Content is validated here, at build
// time: a bad entry stops the prerender with a message naming file, id, field.
import { loadContent } from '$lib/content/load';
import { editionFor } from '$lib/content/edition';

export const load = () => ({ edition: editionFor(loadContent(), 'uz') });
