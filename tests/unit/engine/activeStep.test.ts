import { describe, expect, it } from 'vitest';
import { activeStepIndex, slugFromHash, triggerFraction } from '../../../src/lib/scroll/activeStep';

describe('which step is active', () => {
	const tops = [900, 1600, 2300];

	it('shows the first step while the reader is still in the introduction', () => {
		expect(activeStepIndex(tops, 500)).toEqual({ index: 0, inside: false });
	});

	it('is the last step whose top has crossed the trigger line', () => {
		expect(activeStepIndex([-800, -100, 300, 1200], 480)).toEqual({ index: 2, inside: true });
	});

	it('stays on the last step after the story ends', () => {
		expect(activeStepIndex([-3000, -2000, -1000], 480)).toEqual({ index: 2, inside: true });
	});

	it('a step exactly on the trigger line is active', () => {
		expect(activeStepIndex([-200, 480, 900], 480).index).toBe(1);
	});
});

describe('section links', () => {
	const slugs = ['offensive-begins', 'nasib-crossing'];

	it('accepts one of our slugs, with or without the #', () => {
		expect(slugFromHash('#nasib-crossing', slugs)).toBe('nasib-crossing');
		expect(slugFromHash('offensive-begins', slugs)).toBe('offensive-begins');
	});

	it("ignores a CMS's secret fragment and anything else that is not a slug", () => {
		expect(slugFromHash('#?secret=abc123', slugs)).toBeNull();
		expect(slugFromHash('#', slugs)).toBeNull();
		expect(slugFromHash('#%E0%A4%A', slugs)).toBeNull();
		expect(slugFromHash('#Nasib-Crossing', slugs)).toBeNull();
	});
});

describe('trigger line', () => {
	it('sits lower on phones, where cards are read below the graphic', () => {
		expect(triggerFraction(375, 740)).toBeGreaterThan(triggerFraction(1280, 800));
		// A phone on its side reads side by side, like a desktop.
		expect(triggerFraction(740, 375)).toBe(triggerFraction(1280, 800));
	});
});
