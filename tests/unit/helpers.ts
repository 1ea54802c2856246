// Reads the real content files into the map buildModel takes, so tests start
// from the story's own content and change one thing at a time.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function readContentFiles(dir = 'content'): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const path = join(d, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name.endsWith('.aml')) files[path.replace(/\\/g, '/')] = readFileSync(path, 'utf8');
		}
	};
	walk(dir);
	return files;
}

/** Replaces the first occurrence of `find` in one file; fails loudly if absent. */
export function edit(files: Record<string, string>, path: string, find: string | RegExp, replace: string) {
	const before = files[path];
	const after = before.replace(find, replace);
	if (after === before) throw new Error(`test setup: ${String(find)} not found in ${path}`);
	return { ...files, [path]: after };
}
