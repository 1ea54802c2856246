// The real Uzbek edition, built from content/, for component tests.
import { buildModel } from '$lib/content/model';
import { editionFor } from '$lib/content/edition';
import { readContentFiles } from '../unit/helpers';

export const edition = editionFor(buildModel(readContentFiles()), 'uz');
