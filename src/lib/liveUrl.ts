import { resolve } from '$app/paths';
import { absoluteUrl } from '$lib/site';

/**
 * A site path (`/s/nasib-crossing/`) as a reader should copy it: in the browser, at the
 * address this very page was loaded from (a staging copy, a mirror or the published site
 * alike); while prerendering, at the published address baked in at build. Kit's `resolve`
 * prefixes the site's base path, which it works out in the browser from where the page is.
 */
export function liveUrl(path: string): string {
	if (import.meta.env.SSR || typeof location === 'undefined') return absoluteUrl(path);
	return new URL(path.replace(/^\//, ''), new URL(resolve('/'), location.href)).href;
}
