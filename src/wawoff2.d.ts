// wawoff2 (WOFF2 ⇄ TrueType, compiled to WebAssembly) ships no types; the card fonts use decompress.
declare module 'wawoff2' {
	export function decompress(input: Uint8Array): Promise<Uint8Array>;
	export function compress(input: Uint8Array): Promise<Uint8Array>;
}
