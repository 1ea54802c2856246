/** What SeoHead.svelte writes in a page's head, built on the server by $lib/server/seo. */
/** Everything SeoHead writes. URLs are absolute. */
export interface SeoProps {
	/** The page's <title> and og:title. */
	title: string;
	/** meta description and og:description. */
	description: string;
	/** rel=canonical. */
	canonical: string;
	/** og:url: the address that is shared. */
	url: string;
	/** og:locale: the edition's. */
	locale: string;
	/** og:locale:alternate: the other editions', each once. */
	localeAlternates: string[];
	/** hreflang alternates, x-default last. */
	alternates: { hreflang: string; href: string }[];
	/** og:site_name. */
	siteName: string;
	/** twitter:site: the publisher's account on X (copy.aml twitterSite), if it has one. */
	twitterSite?: string;
	/** article:published_time, ISO 8601. */
	published: string;
	/** og:image and its size and text alternative. */
	image: { url: string; width: number; height: number; alt: string };
}
