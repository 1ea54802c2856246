/*
 * The story's host-page script: put an embed on any page with
 *
 *   <div data-story-embed="https://<site>/en/embed/story/" data-title="…">
 *     <a href="https://<site>/en/">Read the story</a>
 *   </div>
 *   <script src="https://<site>/embed.js" async></script>
 *
 * Each such div's content (the link, for readers without JavaScript) is replaced
 * by an iframe of that address, which the script resizes from the embed's size
 * messages (pym.js, AMP or JSON; see src/lib/embed/messages.ts). A message counts
 * only if it comes from that iframe's window and the embed address's origin, and
 * only if its height is a number; heights are rounded up and clamped to 100–20000 px.
 * If no message has come 4 seconds after the iframe is made, it gets a fixed height:
 * 600 px when the window is under 600 px wide, else 500 px (a later message still wins).
 * Running the script again converts only divs added since; converted divs carry
 * data-story-embed-ready. Plain ES2017, no dependencies, no build step.
 */
(function () {
	'use strict';

	var MIN_HEIGHT = 100;
	var MAX_HEIGHT = 20000;
	var FALLBACK_WAIT_MS = 4000;
	var SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';
	var PYM_HEIGHT = /^pymxPYMx.+?xPYMxheightxPYMx(\d+(?:\.\d+)?)$/;

	/** The fixed height for a window this wide, when the embed sends none. */
	function fallbackHeight(windowWidth) {
		return windowWidth < 600 ? 600 : 500;
	}

	function clampHeight(value) {
		if (typeof value !== 'number' || !isFinite(value)) return null;
		return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(value)));
	}

	// A copy of heightFromMessage in src/lib/embed/messages.ts (this file has no
	// build step); tests/unit/embed-script.test.ts checks that both agree.
	function heightFromMessage(data) {
		if (typeof data === 'string') {
			var match = PYM_HEIGHT.exec(data);
			return match ? clampHeight(Number(match[1])) : null;
		}
		if (typeof data !== 'object' || data === null) return null;
		var isAmp = data.sentinel === 'amp' && data.type === 'embed-size';
		var isJson = data.context === 'iframe.resize';
		return isAmp || isJson ? clampHeight(data.height) : null;
	}

	var embeds = [];

	function setHeight(iframe, height) {
		iframe.style.height = height + 'px';
	}

	function convert(div) {
		if (div.hasAttribute('data-story-embed-ready')) return;
		var url;
		try {
			url = new URL(div.getAttribute('data-story-embed'), document.baseURI);
			// eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES2017 has no optional catch binding
		} catch (_error) {
			return;
		}
		if (url.protocol !== 'https:' && url.protocol !== 'http:') return;
		div.setAttribute('data-story-embed-ready', '');

		var iframe = document.createElement('iframe');
		iframe.src = url.href;
		iframe.title = div.getAttribute('data-title') || 'Embedded story';
		iframe.setAttribute('loading', 'lazy');
		iframe.setAttribute('sandbox', SANDBOX);
		iframe.style.width = '1px';
		iframe.style.minWidth = '100%';
		iframe.style.border = '0';
		iframe.style.display = 'block';

		var embed = { iframe: iframe, origin: url.origin, sized: false };
		embeds.push(embed);
		while (div.firstChild) div.removeChild(div.firstChild);
		div.appendChild(iframe);

		setTimeout(function () {
			if (!embed.sized) setHeight(iframe, fallbackHeight(window.innerWidth));
		}, FALLBACK_WAIT_MS);
	}

	function onMessage(event) {
		for (var i = 0; i < embeds.length; i++) {
			var embed = embeds[i];
			if (!event.source || event.source !== embed.iframe.contentWindow) continue;
			if (event.origin !== embed.origin) return;
			var height = heightFromMessage(event.data);
			if (height === null) return;
			embed.sized = true;
			setHeight(embed.iframe, height);
			return;
		}
	}

	function start() {
		var divs = document.querySelectorAll('div[data-story-embed]');
		for (var i = 0; i < divs.length; i++) convert(divs[i]);
		if (embeds.length > 0) window.addEventListener('message', onMessage);
	}

	// Loaded in <head> (async or not), the divs may not be parsed yet.
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
	else start();
})();
