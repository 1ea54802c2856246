// The real Uzbek edition, built from content/, for component tests.
import { buildModel } from '$lib/server/content/model';
import { editionFor } from '$lib/server/content/edition';
import { readContentFiles } from '../unit/helpers';

export const edition = editionFor(buildModel(readContentFiles()), 'uz');
