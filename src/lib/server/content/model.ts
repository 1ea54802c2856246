/**
 * Content files → one validated, typed model, in four steps, each in its own
 * module: parse each file (parse.ts) → check each file's shape (shapes.ts) →
 * cross-check the ids between files (references.ts) → derive the editions
 * made by transliteration (derive.ts). Problems from the first three are
 * gathered and thrown together as one ContentError, each naming the file, the
 * entry's id, the field and what was expected, so an editor fixes them in one pass.
 *
 *   const model = buildModel({ 'content/places.aml': '…', … });
 */
import { deriveEditions } from '$lib/server/content/derive';
import { parseContent } from '$lib/server/content/parse';
import { Problems } from '$lib/server/content/problems';
import { crossCheck } from '$lib/server/content/references';
import { checkShapes } from '$lib/server/content/shapes';
import type { ContentModel } from '$lib/content/types';

export { ContentError } from '$lib/server/content/problems';
export type { ContentModel } from '$lib/content/types';

/** Builds the model from a map of path → file text (paths like "content/places.aml"). */
export function buildModel(files: Record<string, string>): ContentModel {
	const out = new Problems();
	const parsed = parseContent(files, out);
	const shapes = checkShapes(parsed, out);
	const model = crossCheck(shapes, out);
	out.throwIfAny();
	return deriveEditions(model);
}
