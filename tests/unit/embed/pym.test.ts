import { describe, expect, it } from 'vitest';
import {
	ampSizeMessage,
	childParams,
	embedlySizeMessage,
	parseParentMessage,
	parsePosition,
	MAX_OFFSET,
	MAX_VIEWPORT,
	pymMessage
} from '../../../src/lib/embed/pym';

describe('pym child parameters', () => {
	it('reads the id, width and the optional parent title and URL pym.Parent puts in the src', () => {
		const params = childParams(
			'?initialWidth=375&childId=container&parentTitle=News%20site&parentUrl=https%3A%2F%2Fnews.example%2Fa'
		);
		expect(params).toEqual({
			id: 'container',
			initialWidth: 375,
			parentTitle: 'News site',
			parentUrl: 'https://news.example/a'
		});
	});

	it('has no id when the page was not embedded by pym, or the id would break the protocol', () => {
		expect(childParams('').id).toBeNull();
		expect(childParams('?childId=').id).toBeNull();
		expect(childParams('?childId=a%20b').id).toBeNull();
		expect(childParams('?childId=axPYMxb').id).toBeNull();
		expect(childParams('?initialWidth=wide').initialWidth).toBeNull();
	});
});

describe('messages to the parent', () => {
	it('builds pym strings the way pym.Parent parses them', () => {
		expect(pymMessage('container', 'height', '1234')).toBe('pymxPYMxcontainerxPYMxheightxPYMx1234');
		// pym.Parent's own regex: ^pymxPYMx<id>xPYMx(\S+)xPYMx(.*)$
		const parent = /^pymxPYMxcontainerxPYMx(\S+)xPYMx(.*)$/;
		expect(pymMessage('container', 'parentPositionInfo').match(parent)?.slice(1)).toEqual([
			'parentPositionInfo',
			''
		]);
		expect(pymMessage('container', 'scrollToChildPos', '250').match(parent)?.slice(1)).toEqual([
			'scrollToChildPos',
			'250'
		]);
	});

	it('sends AMP and Embedly sizes in their own shapes', () => {
		expect(ampSizeMessage(900)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 900 });
		expect(JSON.parse(embedlySizeMessage('https://x.example/embed/', 900))).toEqual({
			src: 'https://x.example/embed/',
			context: 'iframe.resize',
			height: 900
		});
	});
});

describe('messages from the parent', () => {
	const position =
		'pymxPYMxcontainerxPYMxviewport-iframe-positionxPYMx1280 800 -1200.5 0 9000 1280';

	it('accepts the viewport position pym.Parent sends', () => {
		expect(parseParentMessage(position, 'container')).toEqual({
			type: 'viewport-iframe-position',
			position: {
				viewportWidth: 1280,
				viewportHeight: 800,
				top: -1200.5,
				left: 0,
				bottom: 9000,
				right: 1280
			}
		});
		expect(parseParentMessage('pymxPYMxcontainerxPYMxwidthxPYMx640', 'container')).toEqual({
			type: 'width',
			width: 640
		});
	});

	it('ignores everything else', () => {
		const ignored: unknown[] = [
			position.replace('container', 'other'),
			{ type: 'viewport-iframe-position' },
			null,
			42,
			'pymxPYMxcontainerxPYMxnavigateToxPYMxjavascript:alert(1)',
			'pymxPYMxcontainerxPYMxheightxPYMx100',
			'pymxPYMxcontainerxPYMxviewport-iframe-positionxPYMx1280 800 0 0 900',
			'pymxPYMxcontainerxPYMxviewport-iframe-positionxPYMx1280 800 0 0 900 1280 7',
			'pymxPYMxcontainerxPYMxviewport-iframe-positionxPYMx1280 800 0 0 900 NaN',
			'pymxPYMxcontainerxPYMxviewport-iframe-positionxPYMx0 800 0 0 900 1280',
			'pymxPYMxcontainerxPYMxviewport-iframe-positionxPYMx1280 800 0 0 900 1280xPYMxextra',
			`${position}${' '.repeat(600)}`,
			'pymxPYMxcontainerxPYMxwidthxPYMx-5',
			'{"sentinel":"amp","type":"embed-size","height":5}'
		];
		for (const data of ignored) expect(parseParentMessage(data, 'container')).toBeNull();
	});

	it('clamps what a host claims to sane ranges', () => {
		// A host claiming a 100,000,000 px screen must not make the frame lay out a page that tall.
		const huge = parsePosition('100000000 100000000 -5e9 0 5e9 100000000');
		expect(huge).toEqual({
			viewportWidth: MAX_VIEWPORT,
			viewportHeight: MAX_VIEWPORT,
			top: -MAX_OFFSET,
			left: 0,
			bottom: MAX_OFFSET,
			right: MAX_OFFSET
		});
		expect(parsePosition('375 740 -120 0 5000 375')).toEqual({
			viewportWidth: 375,
			viewportHeight: 740,
			top: -120,
			left: 0,
			bottom: 5000,
			right: 375
		});
	});

	it('parses only six plain numbers as a position', () => {
		expect(parsePosition('375 740 10 0 5000 375')?.viewportHeight).toBe(740);
		expect(parsePosition('375  740 10 0 5000 375')).toBeNull();
		expect(parsePosition('375 740 10 0 5 375')).toBeNull();
		expect(parsePosition('0x10 740 10 0 5000 375')).toBeNull();
	});
});
