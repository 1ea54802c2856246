/** Puts values into a UI string template: fill('{0} min read', 6) → '6 min read'. */
export function fill(template: string, ...values: (string | number)[]): string {
	return template.replace(/\{(\d+)\}/g, (whole, i) => (Number(i) < values.length ? String(values[Number(i)]) : whole));
}

/** Wraps a quote in the language's marks, turning quotes inside it into inner marks. */
export function quoted(
	text: string,
	[open, close, innerOpen, innerClose]: readonly [string, string, string, string]
): string {
	return `${open}${text.split(open).join(innerOpen).split(close).join(innerClose)}${close}`;
}
