/**
 * How content problems are gathered and reported: one line per fault, naming
 * the file, the entry, the field and what was expected. All problems are
 * gathered before the build stops, so an editor fixes them in one pass.
 *
 *   const out = new Problems();
 *   out.add('content/places.aml', 'place "tashkent"', 'lon', 'expected a longitude');
 *   out.throwIfAny();
 */
import type { z } from 'zod';

/** Thrown when content is invalid; `problems` holds one line per fault. */
export class ContentError extends Error {
	constructor(readonly problems: string[]) {
		super(`Invalid story content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  - ${problems.join('\n  - ')}`);
		this.name = 'ContentError';
	}
}

const SHOW_MAX = 80;

/** A value as an editor would recognise it, shortened when long. */
export function show(value: unknown): string {
	if (value === undefined) return 'nothing';
	const json = JSON.stringify(value) ?? String(value);
	return json.length > SHOW_MAX ? `${json.slice(0, SHOW_MAX - 1)}…" (${String(value).length} characters)` : json;
}

export class Problems {
	readonly list: string[] = [];

	/** Records one problem: `file: where, field "x": message`. */
	add(file: string, where: string, field: string | null, message: string) {
		this.list.push(`${file}: ${where}${field ? `, field "${field}"` : ''}: ${message}`);
	}

	/** Records zod's issues for one entry, each as "expected …, got …". */
	addIssues(file: string, where: string, issues: z.core.$ZodIssue[]) {
		for (const issue of issues) {
			if (issue.code === 'unrecognized_keys') {
				for (const key of issue.keys) this.add(file, where, key, 'expected no such field; remove it or check its spelling');
				continue;
			}
			const field = issue.path.filter((p) => typeof p === 'string').join('.') || null;
			const got =
				issue.code === 'too_big' && typeof issue.input === 'string'
					? `${issue.input.length} characters`
					: show(issue.input);
			this.add(file, where, field, `expected ${issue.message}, got ${got}`);
		}
	}

	throwIfAny() {
		if (this.list.length) throw new ContentError(this.list);
	}
}
