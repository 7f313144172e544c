import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { arabicCardFonts, arabicFont } from '$lib/server/arabicFont';

/** Dark pixels when resvg draws `text` in Noto Naskh Arabic from these font files alone. */
function inkOf(text: string, fontFiles: string[]): number {
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><text x="100" y="40" text-anchor="middle" direction="rtl" font-size="32" font-family="Noto Naskh Arabic">${text}</text></svg>`;
	const { pixels } = new Resvg(svg, {
		font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Noto Naskh Arabic' }
	}).render();
	let ink = 0;
	for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 128) ink++;
	return ink;
}

// resvg does no per-glyph fallback: a figure in an Arabic line is drawn by the Arabic
// font or not at all (the cards once read «منذ حزيران/يونيو» for «منذ 19 حزيران/يونيو»).
// The page's file is the same subset, so what a card can draw the page draws in Naskh too.
describe('the Arabic typeface', () => {
	it('draws Western digits, the slash, Latin letters and the guillemets', async () => {
		const fonts = await arabicCardFonts();
		for (const text of ['19', '/', 'AFP', '«', 'حزيران'])
			expect(inkOf(text, fonts), text).toBeGreaterThan(20);
	});

	it('draws nothing outside the subset: a glyph it was not cut to keep is not there', async () => {
		const file = join(tmpdir(), 'naskh-subset.ttf');
		writeFileSync(file, await arabicFont(400, 'truetype'));
		expect(inkOf('حزيران', [file])).toBeGreaterThan(20);
		// Arabic-Indic digits: the edition writes Western digits, so they are cut.
		expect(inkOf('١٩', [file])).toBe(0);
	});
});
