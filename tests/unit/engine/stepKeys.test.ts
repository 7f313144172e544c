import { describe, expect, it } from 'vitest';
import { stepOfKey } from '../../../src/island/keyboard';

/** J and K move through the steps whatever keyboard layout the reader types on. */
describe('stepOfKey', () => {
	it('reads the letter on a Latin layout', () => {
		expect(stepOfKey({ key: 'j', code: 'KeyJ' })).toBe(1);
		expect(stepOfKey({ key: 'K', code: 'KeyK' })).toBe(-1);
		// Dvorak: the letter J sits where QWERTY has C, and the QWERTY J position types H.
		expect(stepOfKey({ key: 'j', code: 'KeyC' })).toBe(1);
		expect(stepOfKey({ key: 'h', code: 'KeyJ' })).toBeUndefined();
	});

	it('reads the position on an Arabic layout, where those keys type ت and ن', () => {
		expect(stepOfKey({ key: 'ت', code: 'KeyJ' })).toBe(1);
		expect(stepOfKey({ key: 'ن', code: 'KeyK' })).toBe(-1);
		expect(stepOfKey({ key: 'ب', code: 'KeyF' })).toBeUndefined();
	});

	it('ignores other keys', () => {
		expect(stepOfKey({ key: 'Enter', code: 'Enter' })).toBeUndefined();
		expect(stepOfKey({ key: 'ArrowDown', code: 'ArrowDown' })).toBeUndefined();
	});
});
