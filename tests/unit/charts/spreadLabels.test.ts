import { describe, expect, it } from 'vitest';
import { spreadLabels } from '../../../src/lib/charts/spreadLabels';

describe('labels beside nearby marks', () => {
	it('keep their own place when they are far enough apart', () => {
		expect(spreadLabels([40, 10, 80], 13)).toEqual([40, 10, 80]);
	});

	it('are lifted, from the lowest up, until none is closer than the gap', () => {
		expect(spreadLabels([30, 24, 20], 13)).toEqual([30, 17, 4]);
	});
});
