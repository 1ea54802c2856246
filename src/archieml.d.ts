// ArchieML ships no types: it parses an editor's text into plain objects.
declare module 'archieml' {
	const archieml: { load(text: string, options?: { comments?: boolean }): Record<string, unknown> };
	export default archieml;
}
