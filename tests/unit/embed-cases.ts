// Message data and the height a host should read from it (null: ignore it).
// Fed to heightFromMessage in src/lib/embed/messages.ts and to its copy in
// static/embed.js, which must agree.

/** One row: a name for the test, the message's data, the expected height or null. */
export interface HeightCase {
	name: string;
	data: unknown;
	expected: number | null;
}

const amp = (height: unknown) => ({ sentinel: 'amp', type: 'embed-size', height });
const json = (height: unknown) => ({ context: 'iframe.resize', src: 'https://story.example/embed/', height });

/** The shared table. */
export const HEIGHT_CASES: HeightCase[] = [
	{ name: 'pym.js height', data: 'pymxPYMxstory-1xPYMxheightxPYMx640', expected: 640 },
	{ name: 'pym.js height with a decimal, rounded up', data: 'pymxPYMxidxPYMxheightxPYMx640.2', expected: 641 },
	{ name: 'AMP embed-size', data: amp(700), expected: 700 },
	{ name: 'JSON iframe.resize', data: json(1234), expected: 1234 },
	{ name: 'JSON without src', data: { context: 'iframe.resize', height: 900 }, expected: 900 },
	{ name: 'a fraction is rounded up', data: amp(812.01), expected: 813 },
	{ name: 'below the minimum is clamped up', data: json(3), expected: 100 },
	{ name: 'zero is clamped up', data: amp(0), expected: 100 },
	{ name: 'negative is clamped up', data: json(-500), expected: 100 },
	{ name: 'above the maximum is clamped down', data: amp(1e9), expected: 20000 },
	{ name: 'pym.js above the maximum is clamped down', data: 'pymxPYMxidxPYMxheightxPYMx99999', expected: 20000 },
	{ name: 'NaN', data: amp(NaN), expected: null },
	{ name: 'Infinity', data: json(Infinity), expected: null },
	{ name: 'a number as a string in AMP', data: amp('640'), expected: null },
	{ name: 'a number as a string in JSON', data: json('640px'), expected: null },
	{ name: 'no height', data: { sentinel: 'amp', type: 'embed-size' }, expected: null },
	{ name: 'AMP of another type', data: { sentinel: 'amp', type: 'embed-ready', height: 640 }, expected: null },
	{ name: 'another context', data: { context: 'iframe.scroll', height: 640 }, expected: null },
	{ name: 'an object of another shape', data: { height: 640 }, expected: null },
	{ name: 'a bare number', data: 640, expected: null },
	{ name: 'null', data: null, expected: null },
	{ name: 'undefined', data: undefined, expected: null },
	{ name: 'an array', data: [640], expected: null },
	{ name: 'a plain string', data: 'height: 640', expected: null },
	{ name: 'a JSON string', data: '{"context":"iframe.resize","height":640}', expected: null },
	{ name: 'pym.js of another type', data: 'pymxPYMxidxPYMxnavigateToxPYMx640', expected: null },
	{ name: 'pym.js with a non-numeric height', data: 'pymxPYMxidxPYMxheightxPYMx64O', expected: null },
	{ name: 'pym.js with a negative height', data: 'pymxPYMxidxPYMxheightxPYMx-640', expected: null },
	{ name: 'pym.js without a child id', data: 'pymxPYMxxPYMxheightxPYMx640', expected: null },
	{ name: 'pym.js with trailing text', data: 'pymxPYMxidxPYMxheightxPYMx640; evil', expected: null }
];
