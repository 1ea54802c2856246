import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { cardPng } from '$lib/cards/card.server';
import { editionFor } from '$lib/content/edition';
import { buildModel } from '$lib/content/model';
import { readContentFiles } from './helpers';
it('renders', async () => {
  const ed = editionFor(buildModel(readContentFiles()), 'en');
  for (const id of ['countering-terrorist-travel', 'closing']) writeFileSync(`/tmp/cardcheck/${id}.png`, await cardPng(ed, id, 'https://s.example'));
}, 60000);
