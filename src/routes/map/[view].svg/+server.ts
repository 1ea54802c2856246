// The ground of the map's first view as a picture (/map/central-asia.svg):
// the ocean, land, borders and highlighted countries drawn at build time,
// which the page shows under the map's places and names until the map's data
// arrives, and for good without JavaScript (see Fallback.svelte). One file per
// view that some edition's story or embeds open on.
import { error } from '@sveltejs/kit';
import { loadContent } from '$lib/server/content/load';
import { editionFor } from '$lib/server/content/edition';
import { staticMapFor } from '$lib/graphics/map/fallback.server';
import { groundSvg } from '$lib/graphics/map/ground-svg';
import { firstStepMapView, openingMapView } from '$lib/story/graphic-state';
import { LANGUAGES } from '$lib/i18n/languages';

export const prerender = true;

/** The map views each edition's story and embeds open on (the ones their page data draw). */
const firstViews = () =>
	LANGUAGES.flatMap((lang) => {
		const edition = editionFor(loadContent(), lang);
		return [openingMapView(edition), firstStepMapView(edition)];
	});

export const entries = () => [...new Set(firstViews().map((view) => view.id))].map((view) => ({ view }));

export const GET = ({ params }) => {
	const view = firstViews().find((v) => v.id === params.view);
	if (!view) error(404, `no map view "${params.view}" opens an edition`);
	return new Response(groundSvg(staticMapFor(view)), { headers: { 'content-type': 'image/svg+xml' } });
};
