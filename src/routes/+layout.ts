// Every page is prerendered to static HTML at build time.
export const prerender = true;
export const trailingSlash = 'always';
