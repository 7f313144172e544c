import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';

/**
 * The Arabic edition's typeface, Noto Naskh Arabic (SIL OFL, from @fontsource), cut at
 * build time to the glyphs the edition can show: every Arabic letter, the vowel and
 * shadda marks, tatweel and Arabic punctuation, so text generated from data (alts, chart
 * labels, place names) is covered too. HarfBuzz keeps the shaping tables of what it keeps
 * (joining forms, lam-alef). About 11 KB a weight, against 52 KB for fontsource's whole
 * Arabic file; the English and French pages load none of it.
 */
export const ARABIC_FONT_FAMILY = 'Noto Naskh Arabic';
export const ARABIC_FONT_WEIGHTS = [400, 700] as const;
export type ArabicWeight = (typeof ARABIC_FONT_WEIGHTS)[number];

export function arabicFontFile(weight: ArabicWeight): string {
	return `noto-naskh-arabic-${weight}.woff2`;
}

function glyphText(): string {
	let text = '\u060c\u061b\u061f\u0640\u0670«»';
	for (let c = 0x0621; c <= 0x0652; c++) text += String.fromCodePoint(c);
	return text;
}

const require = createRequire(import.meta.url);
const cache = new Map<string, Promise<Buffer>>();

/** The subset as WOFF2 for the page, or TrueType for resvg (which reads no WOFF2). */
export function arabicFont(weight: ArabicWeight, format: 'woff2' | 'truetype'): Promise<Buffer> {
	const key = `${weight}.${format}`;
	const hit = cache.get(key);
	if (hit) return hit;
	const file = require.resolve(
		`@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-${weight}-normal.woff2`
	);
	const font = subsetFont(readFileSync(file), glyphText(), { targetFormat: format });
	cache.set(key, font);
	return font;
}

/**
 * The card renderer's copy of the typeface: resvg 2.6 does no per-glyph fallback, so a
 * run that starts in Arabic is drawn wholly in this font, and fontsource's Arabic file
 * has no Western digits or Latin letters (they are in its Latin file, and the page's
 * browser falls back to them). Cards therefore subset Google's whole Noto Naskh Arabic
 * (@expo-google-fonts ships the TrueType files) to the Arabic letters plus printable
 * ASCII and the dashes and quotes the story writes: "19 حزيران/يونيو" keeps its 19.
 */
function cardGlyphText(): string {
	let text = glyphText() + '\u2013\u2014\u2018\u2019\u201c\u201d\u00a0\u202f\u2026';
	for (let c = 0x20; c <= 0x7e; c++) text += String.fromCodePoint(c);
	return text;
}

const CARD_FONT_FILES: Record<ArabicWeight, string> = {
	400: '@expo-google-fonts/noto-naskh-arabic/400Regular/NotoNaskhArabic_400Regular.ttf',
	700: '@expo-google-fonts/noto-naskh-arabic/700Bold/NotoNaskhArabic_700Bold.ttf'
};

/**
 * TrueType subsets for the card renderer (resvg loads fonts from files), written under
 * .cache/fonts/ before the first Arabic card is drawn; their paths.
 */
export async function arabicCardFonts(): Promise<string[]> {
	const dir = resolve('.cache/fonts');
	mkdirSync(dir, { recursive: true });
	return Promise.all(
		ARABIC_FONT_WEIGHTS.map(async (weight) => {
			const file = resolve(dir, `noto-naskh-arabic-card-${weight}.ttf`);
			const source = readFileSync(require.resolve(CARD_FONT_FILES[weight]));
			writeFileSync(file, await subsetFont(source, cardGlyphText(), { targetFormat: 'truetype' }));
			return file;
		})
	);
}
