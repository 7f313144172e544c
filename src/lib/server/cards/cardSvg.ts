import { CARD_HEIGHT, CARD_WIDTH } from '$lib/embed/paths';
import type { ChartCaption, LegendItem, Swatch } from '$lib/charts/caption';

/**
 * The social card as SVG: the section's graphic, drawn by the same component the
 * page uses, beside its headline. Pure string building, so it is tested without
 * rasterising; text is wrapped here because SVG has no line breaking.
 */

export interface CardInput {
	/**
	 * The graphic drawn in a box: a component whose root `<svg>` places itself there
	 * (MapCard, ChartCard), its server render used as it is. The box depends on the words
	 * set around a chart, so the card asks for the drawing once it has laid them out.
	 * An SVG-only render is XML as it stands: Svelte's hydration markers (`<!--[-->`) are
	 * XML comments, and it writes no entity but `&amp;`, `&lt;` and `&quot;` (a template's
	 * `&nbsp;` is compiled to the character U+00A0); resvg refuses any other entity, so
	 * one would stop the build rather than change a card.
	 */
	graphic: (box: CardBox) => string;
	/** CSS the graphic's classes need (resvg applies a `<style>` element). */
	css: string;
	headline: string;
	/** Date line above the headline, e.g. "6 July 2018". */
	kicker: string;
	/** The story's title, at the foot of the card. */
	story: string;
	/** Font family name of the bundled font. */
	fontFamily: string;
	/** A right-to-left edition: its words are set flush right in their column, read right to left. */
	rtl?: boolean;
	/**
	 * A chart's own words (title, takeaway, key, source line), set around it on the card so
	 * it says what it counts and whose numbers they are. Maps carry their key in their SVG.
	 */
	caption?: ChartCaption | null;
}

export function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/** Rough advance widths for Source Sans 3, in ems: enough to wrap without measuring glyphs. */
function charWidth(char: string): number {
	if (/[\s\u00a0]/.test(char)) return 0.22;
	if (/[ijlI.,:;'’!|]/.test(char)) return 0.26;
	if (/[ftr()[\]-]/.test(char)) return 0.34;
	if (/[mwMW]/.test(char)) return 0.8;
	if (/[A-Z0-9]/.test(char)) return 0.58;
	return 0.5;
}

export function textWidth(text: string, fontSize: number): number {
	let ems = 0;
	for (const char of text) ems += charWidth(char);
	return ems * fontSize;
}

/**
 * Greedy word wrap to a width; a word longer than the line stays whole on its own
 * line, and a number stays with the word after it ("6 July", "23 000 people").
 */
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
	const lines: string[] = [];
	let line = '';
	const glued = text.replace(/(\d) (?=\S)/g, '$1\u00a0');
	for (const word of glued.split(/[ \t\n]+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && textWidth(candidate, fontSize) > maxWidth) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line) lines.push(line);
	return lines;
}

/** Largest headline size (from a few steps) whose wrapped lines fit in the box. */
function fitHeadline(text: string, maxWidth: number, maxHeight: number) {
	for (const size of [60, 54, 48, 42, 36]) {
		const lines = wrapText(text, size, maxWidth);
		if (lines.length * size * 1.1 <= maxHeight) return { size, lines };
	}
	const fit = Math.max(1, Math.floor(maxHeight / (36 * 1.1)));
	const lines = wrapText(text, 36, maxWidth);
	return { size: 36, lines: [...lines.slice(0, fit - 1), `${lines[fit - 1]}…`] };
}

/** A box on the card, in its 1200×630 units. */
export interface CardBox {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Where the graphic sits on the card, right of the headline. */
export const GRAPHIC_BOX: Readonly<CardBox> = { x: 560, y: 32, width: 616, height: 566 };

const PAPER = '#fbfaf7';
const INK = '#1d1d1f';
const MUTED = '#4f5055';
const ACCENT = '#9c2d1f';
const RULE = '#d9d6cf';

/** Sizes of a chart's words on the card: at 600 px wide, as feeds show it, half of these. */
const CAPTION = { title: 30, takeaway: 22, legend: 20, source: 18 } as const;

/** A key's swatch drawn at a size, its own coordinates scaled. */
function placeSwatch(swatch: Swatch, x: number, y: number, size: number): string {
	const k = size / Math.max(swatch.width, swatch.height);
	const marks = swatch.marks.map((m) =>
		'd' in m
			? `<path d="${m.d}" fill="${m.fill}"${m.stroke ? ` stroke="${m.stroke}"` : ''}` +
				`${m.strokeWidth ? ` stroke-width="${m.strokeWidth}"` : ''}` +
				`${m.dash ? ` stroke-dasharray="${m.dash}"` : ''}` +
				`${m.opacity !== undefined ? ` opacity="${m.opacity}"` : ''}/>`
			: `<text x="${m.x}" y="${m.y}" font-size="${m.size}" text-anchor="middle" fill="${m.fill}">${escapeXml(m.text)}</text>`
	);
	return `<g transform="translate(${x} ${y}) scale(${k})">${marks.join('')}</g>`;
}

/** Key items flowed into rows across a width: each a swatch and its words. */
function legendRows(items: LegendItem[], width: number, size: number) {
	const swatch = size * 0.9;
	const placed: { item: LegendItem; x: number; row: number }[] = [];
	let x = 0;
	let row = 0;
	for (const item of items) {
		const w = (item.swatch ? swatch + 6 : 0) + textWidth(item.text, size);
		if (x > 0 && x + w > width) {
			row++;
			x = 0;
		}
		placed.push({ item, x, row });
		x += w + 18;
	}
	return { placed, rows: placed.length ? row + 1 : 0, swatch };
}

/**
 * A line of right-to-left text led by a right-to-left mark: resvg sets a line's base
 * direction from the SVG `direction` attribute only in part, and a line that opens with a
 * figure ("1 آب/أغسطس 2018") came out as "آب/أغسطس 2018 1"; the mark makes the line's
 * first strong character right to left, as the page's browser reads it. Our own words only:
 * the card's text and the chart's caption, built from data, never Svelte's output.
 */
function inReadingOrder(text: string, rtl: boolean): string {
	return rtl ? `\u200f${text.replace(LATIN_RUN, '\u2068$&\u2069')}` : text;
}

/**
 * A run of Latin words in Arabic text ("Crisis24", "EA WorldView"), isolated (FSI…PDI) so
 * resvg keeps it in its place in the line instead of carrying the words around it along.
 */
const LATIN_RUN = /[A-Za-z][\w.&'’-]*(?: [A-Za-z0-9][\w.&'’-]*)*/g;

/** The chart's words around it, and the box left for its drawing. */
function captioned(caption: ChartCaption, font: string, box: Readonly<CardBox>, rtl: boolean) {
	const out: string[] = [];
	const { x, width } = box;
	let top = box.y + 4;
	// Right to left, the caption's lines start at the box's right edge.
	const start = rtl ? x + width : x;
	const flow = rtl ? ' text-anchor="end" direction="rtl"' : '';
	const line = (text: string, y: number, size: number, attrs: string) =>
		`<text x="${start}" y="${y}"${flow} font-family="${font}" font-size="${size}" ${attrs}>${escapeXml(inReadingOrder(text, rtl))}</text>`;
	for (const text of wrapText(caption.title, CAPTION.title, width).slice(0, 2)) {
		top += CAPTION.title * 1.1;
		out.push(line(text, top, CAPTION.title, `font-weight="700" fill="${INK}"`));
	}
	top += 4;
	for (const text of wrapText(caption.takeaway, CAPTION.takeaway, width).slice(0, 3)) {
		top += CAPTION.takeaway * 1.2;
		out.push(line(text, top, CAPTION.takeaway, `fill="${MUTED}"`));
	}
	let bottom = box.y + box.height;
	const source = wrapText(caption.source, CAPTION.source, width).slice(0, 2);
	source.reverse().forEach((text) => {
		out.push(line(text, bottom, CAPTION.source, `fill="${MUTED}"`));
		bottom -= CAPTION.source * 1.25;
	});
	const key = legendRows(caption.legend, width, CAPTION.legend);
	const rowHeight = CAPTION.legend * 1.35;
	const keyTop = bottom - key.rows * rowHeight;
	for (const { item, x: dx, row } of key.placed) {
		const baseline = keyTop + (row + 1) * rowHeight - CAPTION.legend * 0.3;
		if (item.swatch) {
			out.push(placeSwatch(item.swatch, x + dx, baseline - key.swatch * 0.85, key.swatch));
		}
		const tx = x + dx + (item.swatch ? key.swatch + 6 : 0);
		out.push(
			`<text x="${tx}" y="${baseline}" font-family="${font}" font-size="${CAPTION.legend}" fill="${INK}">${escapeXml(inReadingOrder(item.text, rtl))}</text>`
		);
	}
	const plotTop = top + 12;
	const plotBottom = keyTop - 8;
	return {
		svg: out.join(''),
		box: { x, y: plotTop, width, height: Math.max(120, plotBottom - plotTop) }
	};
}

/** Text for a CDATA section, as it is: one that would end the section early is refused, not rewritten. */
function cdata(text: string): string {
	if (text.includes(']]>')) throw new Error('card CSS: "]]>" cannot be set in a CDATA section');
	return text;
}

export function cardSvg(input: CardInput): string {
	const left = 56;
	const textWidthMax = 470;
	const storyLines = wrapText(input.story, 22, textWidthMax).slice(0, 2);
	const storyTop = CARD_HEIGHT - 56 - (storyLines.length - 1) * 28;
	const headline = fitHeadline(input.headline, textWidthMax, storyTop - 40 - 150 - 24);
	const lineHeight = Math.round(headline.size * 1.1);
	const headlineTop = 150 + headline.size;
	const font = escapeXml(input.fontFamily);
	// Right to left: the column's right edge is where every line starts.
	const x = input.rtl ? left + textWidthMax : left;
	const flow = input.rtl ? ' text-anchor="end" direction="rtl"' : '';
	const rtl = input.rtl ?? false;
	const words = input.caption ? captioned(input.caption, font, GRAPHIC_BOX, rtl) : null;
	const graphic = input.graphic(words?.box ?? GRAPHIC_BOX) + (words?.svg ?? '');
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" `,
		`width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
		// CSS may hold characters XML reserves (`<`, `&`); CDATA keeps them literal.
		input.css ? `<style><![CDATA[${cdata(input.css)}]]></style>` : '',
		`<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${PAPER}"/>`,
		graphic,
		`<rect x="${input.rtl ? x - 56 : left}" y="72" width="56" height="6" fill="${ACCENT}"/>`,
		`<text x="${x}" y="122"${flow} font-family="${font}" font-size="26" font-weight="700" fill="${ACCENT}">${escapeXml(inReadingOrder(input.kicker, rtl))}</text>`,
		`<text${flow} font-family="${font}" font-size="${headline.size}" font-weight="700" fill="${INK}">`,
		...headline.lines.map(
			(line, i) =>
				`<tspan x="${x}" y="${headlineTop + i * lineHeight}">${escapeXml(inReadingOrder(line, rtl))}</tspan>`
		),
		`</text>`,
		`<line x1="${left}" x2="${left + textWidthMax}" y1="${storyTop - 40}" y2="${storyTop - 40}" stroke="${RULE}" stroke-width="2"/>`,
		`<text${flow} font-family="${font}" font-size="22" fill="${MUTED}">`,
		...storyLines.map(
			(line, i) =>
				`<tspan x="${x}" y="${storyTop + i * 28}">${escapeXml(inReadingOrder(line, rtl))}</tspan>`
		),
		`</text>`,
		`</svg>`
	].join('');
}
