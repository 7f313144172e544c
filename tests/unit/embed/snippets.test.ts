import { describe, expect, it } from 'vitest';
import {
	containerId,
	escapeHtml,
	iframeSnippet,
	pymSnippet
} from '../../../src/lib/embed/snippets';
import { oembed } from '../../../src/lib/embed/oembed';

const input = {
	src: 'https://graphics.example.org/deraa-2018/embed/july-6-deal/',
	pymSrc: 'https://graphics.example.org/deraa-2018/embed/pym.v1.min.js',
	title: 'The deal of 6 July & the "Nasib" crossing',
	id: 'july-6-deal',
	fallbackHeight: 640
};

describe('embed codes', () => {
	it('gives the pym form: a container, our pym.js and the default pym.Parent call', () => {
		const code = pymSnippet(input);
		expect(code).toBe(
			[
				'<div id="deraa-2018-july-6-deal"><a href="https://graphics.example.org/deraa-2018/embed/july-6-deal/">The deal of 6 July &amp; the &quot;Nasib&quot; crossing</a></div>',
				'<script src="https://graphics.example.org/deraa-2018/embed/pym.v1.min.js"></script>',
				'<script>new pym.Parent("deraa-2018-july-6-deal", "https://graphics.example.org/deraa-2018/embed/july-6-deal/", { title: "The deal of 6 July & the \\"Nasib\\" crossing" });</script>'
			].join('\n')
		);
	});

	it('cannot be broken out of by a title that closes the script', () => {
		const code = pymSnippet({ ...input, title: '</script><script>alert(1)</script>' });
		expect(code.match(/<\/script>/g)).toHaveLength(2);
		expect(code).not.toContain('<script>alert');
	});

	it('gives a plain fixed-height iframe for hosts that strip scripts', () => {
		const code = iframeSnippet(input);
		expect(code).toMatch(
			/^<iframe src="https:\/\/graphics\.example\.org\/deraa-2018\/embed\/july-6-deal\/"/
		);
		expect(code).toContain('height="640"');
		expect(code).toContain('title="The deal of 6 July &amp; the &quot;Nasib&quot; crossing"');
		expect(code).toMatch(/><\/iframe>$/);
	});

	it('keeps container ids to a safe alphabet', () => {
		expect(containerId('Embed Story!')).toBe('deraa-2018-embed-story');
		expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;'
		);
	});
});

describe('oEmbed', () => {
	it('is a rich response whose html is a single iframe', () => {
		const response = oembed({
			title: 'A "story"',
			src: input.src,
			providerName: 'Graphics desk',
			providerUrl: 'https://graphics.example.org/deraa-2018/',
			authorName: 'the Graphics desk',
			thumbnailUrl: 'https://graphics.example.org/deraa-2018/cards/en/july-6-deal.png',
			thumbnailWidth: 1200,
			thumbnailHeight: 630,
			width: 640,
			height: 820
		});
		expect(response).toMatchObject({ version: '1.0', type: 'rich', width: 640, height: 820 });
		expect(response.html).toMatch(/^<iframe [^<]*><\/iframe>$/);
		expect(response.html).toContain(`src="${input.src}"`);
		expect(response.html).toContain('title="A &quot;story&quot;"');
	});
});
