import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';

/**
 * The Arabic edition's typeface, Noto Naskh Arabic (SIL OFL), as Google ships it
 * (@expo-google-fonts has the TrueType files), cut at build time to what the edition
 * prints: every Arabic letter, the vowel and shadda marks, tatweel, Arabic punctuation,
 * and the space, digits, Latin letters, quotes and dashes that sit inside Arabic lines.
 * HarfBuzz keeps the shaping tables of what it keeps (joining forms, lam-alef).
 *
 * The page and the social cards use this one subset. The page needs the space and the
 * digits from it too: without them every space between two Arabic words came from the
 * fallback serif, so the browser switched fonts at each word (a third more layout time for
 * the whole page, measured on /ar/) and set Naskh words apart with Georgia's spaces.
 * resvg, which draws the cards, does no per-glyph fallback at all, so a figure in an Arabic
 * line exists only if this font has it (the first cards read «منذ حزيران/يونيو» for «منذ 19
 * حزيران/يونيو»). About 18 KB a weight as WOFF2; the English and French pages load none.
 */
export const ARABIC_FONT_FAMILY = 'Noto Naskh Arabic';
export const ARABIC_FONT_WEIGHTS = [400, 700] as const;
export type ArabicWeight = (typeof ARABIC_FONT_WEIGHTS)[number];

export function arabicFontFile(weight: ArabicWeight): string {
	return `noto-naskh-arabic-${weight}.woff2`;
}

function glyphText(): string {
	let text =
		'\u060c\u061b\u061f\u0640\u0670«»\u2013\u2014\u2018\u2019\u201c\u201d\u00a0\u202f\u2026';
	for (let c = 0x0621; c <= 0x0652; c++) text += String.fromCodePoint(c);
	for (let c = 0x20; c <= 0x7e; c++) text += String.fromCodePoint(c);
	return text;
}

const SOURCE_FILES: Record<ArabicWeight, string> = {
	400: '@expo-google-fonts/noto-naskh-arabic/400Regular/NotoNaskhArabic_400Regular.ttf',
	700: '@expo-google-fonts/noto-naskh-arabic/700Bold/NotoNaskhArabic_700Bold.ttf'
};

const require = createRequire(import.meta.url);
const cache = new Map<string, Promise<Buffer>>();

/** The subset as WOFF2 for the page, or TrueType for resvg (which reads no WOFF2). */
export function arabicFont(weight: ArabicWeight, format: 'woff2' | 'truetype'): Promise<Buffer> {
	const key = `${weight}.${format}`;
	const hit = cache.get(key);
	if (hit) return hit;
	const source = readFileSync(require.resolve(SOURCE_FILES[weight]));
	const font = subsetFont(source, glyphText(), { targetFormat: format });
	cache.set(key, font);
	return font;
}

/**
 * The subset as TrueType files for the card renderer (resvg loads fonts from files),
 * written under .cache/fonts/ before the first Arabic card is drawn; their paths.
 */
export async function arabicCardFonts(): Promise<string[]> {
	const dir = resolve('.cache/fonts');
	mkdirSync(dir, { recursive: true });
	return Promise.all(
		ARABIC_FONT_WEIGHTS.map(async (weight) => {
			const file = resolve(dir, `noto-naskh-arabic-card-${weight}.ttf`);
			writeFileSync(file, await arabicFont(weight, 'truetype'));
			return file;
		})
	);
}
