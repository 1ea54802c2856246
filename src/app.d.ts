// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
}

declare module 'archieml' {
	const archieml: { load(text: string, options?: { comments?: boolean }): Record<string, any> };
	export default archieml;
}

export {};
