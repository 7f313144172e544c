import { describe, expect, it } from 'vitest';
import { cardSvg, textWidth, wrapText } from '../../../src/lib/server/cards/cardSvg';

describe('social card SVG', () => {
	it('wraps headlines within the width and keeps a number with its word', () => {
		const lines = wrapText('The deal of 6 July and the Nasib crossing', 60, 470);
		expect(lines.length).toBeGreaterThan(1);
		for (const line of lines) expect(textWidth(line, 60)).toBeLessThanOrEqual(470);
		expect(lines.join(' ')).toContain('6\u00a0July');
		expect(lines.some((line) => line.endsWith('6'))).toBe(false);
	});

	it('draws a 1200×630 card with the escaped headline and the graphic', () => {
		const svg = cardSvg({
			graphic: (box) =>
				`<svg x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" viewBox="0 0 400 300"><rect width="400" height="300"/></svg>`,
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
		expect(svg).toContain(
			'<svg x="560" y="32" width="616" height="566" viewBox="0 0 400 300"><rect width="400" height="300"/></svg>'
		);
		expect(svg).toContain('<style><![CDATA[.x{fill:red}]]></style>');
	});
});

describe('the card CSS', () => {
	it('keeps CSS with characters XML reserves readable by the rasteriser', () => {
		const svg = cardSvg({
			graphic: () => '<svg viewBox="0 0 10 10"></svg>',
			css: 'a > b { content: "&" }',
			headline: 'H',
			kicker: 'K',
			story: 'S',
			fontFamily: 'Source Sans 3'
		});
		expect(svg).toContain('<![CDATA[a > b { content: "&" }]]>');
	});

	it('is refused, not rewritten, when it would end its CDATA section early', () => {
		const card = () =>
			cardSvg({
				graphic: () => '',
				css: 'a::after { content: "]]>" }',
				headline: 'H',
				kicker: 'K',
				story: 'S',
				fontFamily: 'Source Sans 3'
			});
		expect(card).toThrow(/CDATA/);
	});
});
