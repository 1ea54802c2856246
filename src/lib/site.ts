/**
 * Where the site is published, for canonical and hreflang links and share
 * cards, which must be absolute. Set VITE_SITE_URL when building for
 * production; locally the preview server's address stands in.
 */
const SITE_URL: string = (import.meta.env.VITE_SITE_URL || 'http://127.0.0.1:4173').replace(/\/$/, '');

export const absolute = (path: string) => `${SITE_URL}${path}`;
