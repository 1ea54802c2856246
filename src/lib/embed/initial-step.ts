/**
 * Which step an embed opens at: `?step=<milestone id>` if it names one, else
 * the first. Read in the browser only (the prerendered page shows the first).
 * Usage: activeId = initialStep(edition.steps, location.search);
 */

/** The id of the step `search` (a query string, with or without "?") asks for; an unknown or missing id gives the first step's. */
export function initialStep(steps: readonly { id: string }[], search: string): string {
	const asked = new URLSearchParams(search).get('step');
	return steps.find((s) => s.id === asked)?.id ?? steps[0].id;
}

/** The pym.js child id the parent gave in the URL (`?childId=…`), or null. */
export const childIdFrom = (search: string): string | null => new URLSearchParams(search).get('childId');
