// The real Uzbek edition, built from content/, for component tests; `settled`
// is it with the graphic settings graphicPropsFor reads.
import { buildModel } from '$lib/content/model';
import { editionFor } from '$lib/content/edition';
import { withSettings } from '$lib/story/settings';
import { readContentFiles } from '../unit/helpers';

export const edition = editionFor(buildModel(readContentFiles()), 'uz');
export const settled = withSettings(edition);
