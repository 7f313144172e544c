import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/** The favicon's size in pixels: tabs and bookmarks draw it at 16 or 32 CSS pixels. */
export const FAVICON_SIZE = 64;

/** The story's mark: a "D" in the masthead's red. */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="4" fill="#9c2d1f"/><text x="16" y="22.5" font-family="Source Sans 3" font-weight="700" font-size="19" text-anchor="middle" fill="#fff">D</text></svg>`;

/**
 * The favicon as PNG, drawn at build. Not served as SVG: the browser draws an SVG icon
 * as a document of its own on the page's main thread while the page loads, a task the
 * reader's first interaction can wait behind; a PNG is decoded off it.
 */
export function faviconPng(): Uint8Array<ArrayBuffer> {
	const png = new Resvg(FAVICON_SVG, {
		fitTo: { mode: 'width', value: FAVICON_SIZE },
		font: {
			fontFiles: [resolve('data/fonts/SourceSans3-Bold.ttf')],
			loadSystemFonts: false,
			defaultFontFamily: 'Source Sans 3'
		}
	})
		.render()
		.asPng();
	return new Uint8Array(png);
}
