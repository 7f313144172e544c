/**
 * What a chart says around its drawing, read back from the chart's own server render so the
 * card says exactly what the page says: its title (the SVG's <title>), its one-line
 * takeaway, its key (each item's swatch and words, counts included) and its source line.
 * A card shown out of context needs all four to say how many of what it shows, and
 * whose numbers they are. The markup read here is our ChartFrame's.
 */

export interface LegendItem {
	/** The item's swatch, an `<svg>` element as the chart drew it. */
	swatch: string | null;
	text: string;
}

export interface ChartCaption {
	title: string;
	takeaway: string;
	legend: LegendItem[];
	source: string;
}

function decodeText(html: string): string {
	return (
		html
			.replace(/<!--[\s\S]*?-->/g, '')
			.replace(/<[^>]+>/g, '')
			.replace(/&nbsp;|&#160;/g, '\u00a0')
			.replace(/&quot;/g, '"')
			.replace(/&#39;/g, "'")
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&amp;/g, '&')
			// Only breaking white space: French keeps its (narrow) no-break spaces before a colon.
			.replace(/[ \t\r\n]+/g, ' ')
			.trim()
	);
}

/** The content of the first element with this class (ours have no nested element of their tag). */
function byClass(html: string, tag: string, cls: string): string | null {
	const match = new RegExp(`<${tag}\\b[^>]*class="${cls}\\b[^"]*"[^>]*>([\\s\\S]*?)</${tag}>`).exec(
		html
	);
	return match ? match[1]! : null;
}

/** The top-level `<span>`s of the legend, each a swatch and its words. */
function legendItems(html: string): LegendItem[] {
	const start = html.search(/<div\b[^>]*class="legend\b/);
	if (start < 0) return [];
	const body = html.slice(html.indexOf('>', start) + 1);
	const items: LegendItem[] = [];
	let depth = 0;
	let from = -1;
	const tag = /<(\/?)(span|div)\b[^>]*>/g;
	for (let m = tag.exec(body); m; m = tag.exec(body)) {
		if (m[2] === 'div') {
			if (m[1]) break; // the legend's own end
			continue;
		}
		if (!m[1]) {
			if (depth++ === 0) from = m.index + m[0].length;
		} else if (--depth === 0) {
			const inner = body.slice(from, m.index);
			const swatch = /<svg\b[\s\S]*?<\/svg>/.exec(inner)?.[0] ?? null;
			const text = decodeText(inner.replace(/<svg\b[\s\S]*?<\/svg>/g, ''));
			// An item that counts nothing on this date (a waffle's "Escaped 0") is left off the
			// card, where room is short; the page's key keeps it.
			if (text && !/\s0$/.test(text)) items.push({ swatch, text });
		}
	}
	return items;
}

export function chartCaption(html: string): ChartCaption | null {
	const clean = html.replace(/<!--[\s\S]*?-->/g, '');
	const title = /<svg\b[^>]*>\s*<title\b[^>]*>([\s\S]*?)<\/title>/.exec(clean)?.[1];
	if (!title) return null;
	const source = /<p\b[^>]*data-source-line[^>]*>([\s\S]*?)<\/p>/.exec(clean)?.[1] ?? '';
	return {
		title: decodeText(title),
		takeaway: decodeText(byClass(clean, 'p', 'takeaway') ?? ''),
		legend: legendItems(clean),
		source: decodeText(source)
	};
}
