// The real content files, read by the project's own loader (src/lib/server/content/load.ts),
// as the map buildModel takes, so tests start from the story's own content and
// change one thing at a time.
import { contentFiles } from '$lib/server/content/load';
import { ContentError, buildModel } from '$lib/server/content/model';

/** A fresh copy of every content file, by path ("content/uz/copy.aml"). */
export function readContentFiles(): Record<string, string> {
	return { ...contentFiles };
}

/** Replaces the first occurrence of `find` in one file; fails loudly if absent. */
export function edit(files: Record<string, string>, path: string, find: string | RegExp, replace: string) {
	const before = files[path];
	const after = before.replace(find, replace);
	if (after === before) throw new Error(`test setup: ${String(find)} not found in ${path}`);
	return { ...files, [path]: after };
}

/** The problems buildModel reports for some files, or [] if they are valid. */
export function problems(input: Record<string, string>): string[] {
	try {
		buildModel(input);
		return [];
	} catch (e) {
		if (e instanceof ContentError) return e.problems;
		throw e;
	}
}
