// The embed pages' pure pieces: which step ?step= opens (initialStep), the pym
// child id, what counts as a swipe, and the data an embed page is built from.
import { describe, expect, it } from 'vitest';
import { childIdFrom, initialStep } from '$lib/embed/initial-step';
import { SWIPE_MIN_PX, swipeDirection } from '$lib/embed/swipe';
import { embedEntries, embedPageData } from '$lib/server/embed-page-data';
import { buildModel } from '$lib/server/content/model';
import { untypeset } from '$lib/i18n/typeset';
import { edit, readContentFiles } from './helpers';

const steps = [{ id: 'strategy' }, { id: 'memorandum' }, { id: 'expert-council' }];

describe('initialStep', () => {
	it.each([
		['?step=memorandum', 'memorandum'],
		['step=expert-council', 'expert-council'],
		['?childId=x&step=memorandum', 'memorandum'],
		['?step=strategy', 'strategy']
	])('%s opens at %s', (search, id) => expect(initialStep(steps, search)).toBe(id));

	it.each([[''], ['?step='], ['?step=nowhere'], ['?step=MEMORANDUM'], ['?other=memorandum'], ['?step=__proto__']])(
		'%s (no known id) opens at the first step',
		(search) => expect(initialStep(steps, search)).toBe('strategy')
	);
});

describe('childIdFrom', () => {
	it('reads pym.js’s childId, or gives null', () => {
		expect(childIdFrom('?childId=story-embed&step=x')).toBe('story-embed');
		expect(childIdFrom('?step=x')).toBeNull();
	});
});

describe('swipeDirection', () => {
	it.each([
		[-SWIPE_MIN_PX, 0, 'left'],
		[SWIPE_MIN_PX, 0, 'right'],
		[-120, 30, 'left'],
		[80, -40, 'right']
	] as const)('a move of (%d, %d) is a swipe %s', (dx, dy, direction) =>
		expect(swipeDirection(dx, dy)).toBe(direction)
	);

	it.each([
		[SWIPE_MIN_PX - 1, 0],
		[-(SWIPE_MIN_PX - 1), 0],
		[60, 40],
		[0, 200],
		[0, 0]
	])('a move of (%d, %d) is not: too short or not sideways enough', (dx, dy) =>
		expect(swipeDirection(dx, dy)).toBeNull()
	);
});

describe('embedPageData', () => {
	const model = buildModel(readContentFiles());

	it('carries the steps, graphics settings and strings, not the interview', () => {
		const data = embedPageData(model, 'ru');
		expect(data.edition.lang).toBe('ru');
		// The steps (a part is told in its step, so it has none), and every milestone for the timeline's marks.
		expect(data.edition.steps.map((s) => s.id)).toEqual(
			model.milestones.filter((m) => m.role !== 'part').map((m) => m.id)
		);
		expect(data.edition.milestones.map((s) => s.id)).toEqual(model.milestones.map((m) => m.id));
		expect(data.edition.opening).toEqual(model.opening);
		expect(data.edition.ui.embed.counter).toBe('{0} из {1}');
		// The edition's words are typeset for Russian; they read as content/ru/copy.aml writes them.
		expect(Object.keys(data.edition.copy).sort()).toEqual(['agencyCredit', 'headline', 'quotesTranslated']);
		expect(untypeset(data.edition.copy.headline)).toBe(model.editions.ru.copy.headline);
		expect(untypeset(data.edition.copy.agencyCredit)).toBe(model.editions.ru.copy.agencyCredit);
		expect(Object.keys(data.edition)).not.toContain('paragraphs');
		expect(JSON.stringify(data)).not.toContain(model.editions.ru.paragraphs[3].text);
		// An embed has no opening, it starts at the first step: its map's static drawing is of that step's view…
		const first = model.milestones.find((m) => m.role !== 'part')!;
		expect(data.mapFallback.view).toBe(first.map);
		// …whatever the story opens on.
		const other = model.mapViews.find((v) => v.id !== first.map)!.id;
		const opensElsewhere = buildModel(
			edit(readContentFiles(), 'content/milestones.aml', /openingMap: [a-z-]+/, `openingMap: ${other}`)
		);
		expect(opensElsewhere.opening.map).toBe(other);
		expect(embedPageData(opensElsewhere, 'ru').mapFallback.view).toBe(first.map);
	});

	it('keeps the map’s sources in Latin in the Uzbek Cyrillic edition', () => {
		expect(embedPageData(model, 'uz-cyrl').edition.ui.embed.mapCredit).toMatch(/^Харита .*Natural Earth.*world-atlas/);
	});

	it('has a prerender entry for every edition, the Uzbek original at the root', () => {
		expect(embedEntries()).toEqual([{}, { lang: 'uz-cyrl' }, { lang: 'ru' }, { lang: 'en' }]);
	});
});
