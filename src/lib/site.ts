/**
 * Where the story is published, as baked in at build from PUBLIC_SITE_URL (see
 * scripts/publicAddress.js and the README). What leaves the site or is read without
 * running the page (social cards, canonical, hreflang, oEmbed, JSON-LD) names this
 * address; links inside the site are relative, so the build works under any path, and
 * what a reader copies from a running page is the page's own address (the share menu
 * moves these to it: src/lib/share/shareMenu.ts).
 */
export const SITE_URL: string = __PUBLIC_SITE_URL__;

/** The corrections desk's address, from CORRECTIONS_EMAIL at build. */
export const CORRECTIONS_EMAIL: string = __CORRECTIONS_EMAIL__;

/** A site path (`/fr/embed/`) at the published address. */
export function absoluteUrl(path: string): string {
	return new URL(path.replace(/^\//, ''), SITE_URL).href;
}
