/**
 * Where the story is published. Social cards, hreflang and canonical links need
 * absolute URLs; everything else is relative so the build works under any path.
 */
export const SITE_URL =
	(import.meta.env.PUBLIC_SITE_URL as string | undefined) ??
	'https://graphics.example.org/deraa-2018/';

export function absoluteUrl(path: string): string {
	return new URL(path.replace(/^\//, ''), SITE_URL).href;
}
