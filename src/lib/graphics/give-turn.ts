/**
 * Lets the browser handle input and draw a frame before going on: `scheduler.yield()` where there
 * is one, else a task of its own. Splits a long piece of work (decoding the map, a module's arrival
 * and the first drawing of what it brings) into tasks a slow phone can scroll between.
 * Usage: await giveTurn();
 */
export function giveTurn(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
