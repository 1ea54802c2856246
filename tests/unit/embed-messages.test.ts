// The size messages of src/lib/embed/messages.ts: what an embed posts to its
// parent for a height, and how a host reads a message's data. The table
// HEIGHT_CASES is shared with tests/unit/embed-script.test.ts, which feeds it
// to the copy of the parser in static/embed.js.
import { describe, expect, it } from 'vitest';
import { heightFromMessage, MAX_HEIGHT, MIN_HEIGHT, pymHeightMessage, sizeMessages } from '$lib/embed/messages';
import { HEIGHT_CASES } from './embed-cases';

describe('sizeMessages', () => {
	const src = 'https://story.example/en/embed/story/';

	it('posts pym.js, AMP and JSON messages when the child id is known', () => {
		expect(sizeMessages(640, { childId: 'story-1', src })).toEqual([
			'pymxPYMxstory-1xPYMxheightxPYMx640',
			{ sentinel: 'amp', type: 'embed-size', height: 640 },
			{ context: 'iframe.resize', src, height: 640 }
		]);
	});

	it('leaves out the pym.js message without a child id', () => {
		for (const childId of [undefined, null, '']) {
			expect(sizeMessages(640, { childId, src })).toEqual([
				{ sentinel: 'amp', type: 'embed-size', height: 640 },
				{ context: 'iframe.resize', src, height: 640 }
			]);
		}
	});

	it('rounds the height up to whole pixels in every format', () => {
		const [pym, amp, json] = sizeMessages(812.01, { childId: 'c', src });
		expect(pym).toBe('pymxPYMxcxPYMxheightxPYMx813');
		expect(amp).toMatchObject({ height: 813 });
		expect(json).toMatchObject({ height: 813 });
	});

	it('writes the pym.js format exactly', () => {
		expect(pymHeightMessage('abc', 1200)).toBe('pymxPYMxabcxPYMxheightxPYMx1200');
	});

	it('writes messages that its own parser reads back', () => {
		for (const message of sizeMessages(777.5, { childId: 'x', src })) expect(heightFromMessage(message)).toBe(778);
	});
});

describe('heightFromMessage', () => {
	it.each(HEIGHT_CASES)('$name', ({ data, expected }) => {
		expect(heightFromMessage(data)).toBe(expected);
	});

	it('clamps to MIN_HEIGHT and MAX_HEIGHT', () => {
		expect([MIN_HEIGHT, MAX_HEIGHT]).toEqual([100, 20000]);
	});
});
