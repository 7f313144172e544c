import { describe, expect, it } from 'vitest';
import {
	cardSvg,
	extractSvg,
	placeSvg,
	textWidth,
	wrapText
} from '../../../src/lib/server/cards/cardSvg';

describe('social card SVG', () => {
	it('takes the graphic svg out of rendered HTML, nested svgs and all, as XML', () => {
		const html =
			'<!--[--><div class="graphic"><svg viewBox="0 0 4 3"><svg x="1"><text>a&nbsp;b</text></svg><!----></svg><svg id="legend"></svg></div><!--]-->';
		expect(extractSvg(html)).toBe(
			'<svg viewBox="0 0 4 3"><svg x="1"><text>a&#160;b</text></svg></svg>'
		);
		expect(extractSvg('<div>no graphic</div>')).toBeNull();
	});

	it('places the graphic in its box, replacing its own size', () => {
		const placed = placeSvg(
			'<svg viewBox="0 0 400 300" width="100%" height="100%" class="map"><g/></svg>',
			{
				x: 10,
				y: 20,
				width: 600,
				height: 500
			}
		);
		expect(placed).toBe(
			'<svg x="10" y="20" width="600" height="500" preserveAspectRatio="xMidYMid meet" overflow="visible" viewBox="0 0 400 300" class="map"><g/></svg>'
		);
	});

	it('wraps headlines within the width and keeps a number with its word', () => {
		const lines = wrapText('The deal of 6 July and the Nasib crossing', 60, 470);
		expect(lines.length).toBeGreaterThan(1);
		for (const line of lines) expect(textWidth(line, 60)).toBeLessThanOrEqual(470);
		expect(lines.join(' ')).toContain('6\u00a0July');
		expect(lines.some((line) => line.endsWith('6'))).toBe(false);
	});

	it('draws a 1200×630 card with the escaped headline and the graphic', () => {
		const svg = cardSvg({
			graphicSvg: '<svg viewBox="0 0 400 300"><rect width="400" height="300"/></svg>',
			css: '.x{fill:red}',
			headline: 'Town & country <b>',
			kicker: '6 July 2018',
			story: 'Six weeks',
			fontFamily: 'Source Sans 3'
		});
		expect(svg).toMatch(
			/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* width="1200" height="630"/
		);
		expect(svg).toContain('Town &amp; country');
		expect(svg).toContain('&lt;b&gt;');
		expect(svg).not.toContain('<b>');
		expect(svg).toContain('<rect width="400" height="300"/>');
		expect(svg).toContain('<style><![CDATA[.x{fill:red}]]></style>');
	});
});

describe('the graphic a card draws', () => {
	it('is the drawing the graphic marks, or its largest one, never a legend swatch', () => {
		const swatch = '<svg width="10" height="10"><rect width="10" height="10"/></svg>';
		const chart = '<svg viewBox="0 0 360 260"><g><rect/><rect/><text>Axis</text></g></svg>';
		expect(extractSvg(`<div>${swatch}<figure>${chart}</figure></div>`)).toBe(chart);
		const marked = '<svg data-card viewBox="0 0 1 1"></svg>';
		expect(extractSvg(`${chart}${marked}`)).toBe(marked);
	});

	it('keeps CSS with characters XML reserves readable by the rasteriser', () => {
		const svg = cardSvg({
			graphicSvg: '<svg viewBox="0 0 10 10"></svg>',
			css: 'a > b { content: "&" }',
			headline: 'H',
			kicker: 'K',
			story: 'S',
			fontFamily: 'Source Sans 3'
		});
		expect(svg).toContain('<![CDATA[a > b { content: "&" }]]>');
	});
});
