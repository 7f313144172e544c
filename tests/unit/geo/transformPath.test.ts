import { describe, expect, it } from 'vitest';
import { transformPath } from '$geo/transformPath';

describe('transformPath (card map geometry)', () => {
	it('moves every point of an M/L/Z path by the view transform and the pixel scale', () => {
		const d = 'M10,20L30 40L-5,0.5Z';
		expect(transformPath(d, { k: 2, tx: 100, ty: -10 }, 0.5)).toBe('M60,15L80,35L45,-4.5Z');
	});

	it('keeps an empty path empty and several rings apart', () => {
		expect(transformPath('', { k: 3, tx: 1, ty: 1 })).toBe('');
		expect(transformPath('M0,0L1,0Z M5,5L6,5Z', { k: 1, tx: 1, ty: 0 })).toBe(
			'M1,0L2,0Z M6,5L7,5Z'
		);
	});

	it('refuses arcs and relative commands instead of drawing them wrong', () => {
		expect(() => transformPath('M0,0a4,4 0 1,1 8,0', { k: 1, tx: 0, ty: 0 })).toThrow(/absolute/);
		expect(() => transformPath('m0,0l1,1', { k: 1, tx: 0, ty: 0 })).toThrow(/absolute/);
	});
});
