import { describe, expect, test } from 'vitest';
import { LOCAL_PREVIEW_URL, announcement, publicAddress } from '../../../scripts/publicAddress.js';
import { SITE_URL, CORRECTIONS_EMAIL, absoluteUrl } from '$lib/site';

describe('the public address build setting', () => {
	test('without PUBLIC_SITE_URL a build is for the local preview, and says so', () => {
		const address = publicAddress({});
		expect(address).toEqual({
			siteUrl: LOCAL_PREVIEW_URL,
			correctionsEmail: 'corrections@localhost',
			localDefault: true
		});
		expect(announcement(address).join('\n')).toMatch(/LOCAL PREVIEW default/);
	});

	test('PUBLIC_SITE_URL names origin and path; the folder gets its slash', () => {
		const address = publicAddress({ PUBLIC_SITE_URL: ' https://news.example/graphics/deraa ' });
		expect(address.siteUrl).toBe('https://news.example/graphics/deraa/');
		expect(address.correctionsEmail).toBe('corrections@news.example');
		expect(address.localDefault).toBe(false);
		expect(announcement(address)[1]).toBe(
			'PUBLIC ADDRESS baked into this build: https://news.example/graphics/deraa/'
		);
	});

	test('CORRECTIONS_EMAIL overrides the corrections address', () => {
		expect(
			publicAddress({ PUBLIC_SITE_URL: 'https://a.example/', CORRECTIONS_EMAIL: 'desk@b.example' })
				.correctionsEmail
		).toBe('desk@b.example');
	});

	test.each([
		'graphics.example.org/deraa-2018/',
		'ftp://a.example/',
		'https://a.example/?x=1',
		'https://a.example/#top'
	])('refuses %s', (value) => {
		expect(() => publicAddress({ PUBLIC_SITE_URL: value })).toThrow(/PUBLIC_SITE_URL/);
	});

	test('refuses a corrections address that is not one e-mail address', () => {
		expect(() => publicAddress({ CORRECTIONS_EMAIL: 'a@b.example, c@d.example' })).toThrow(
			/CORRECTIONS_EMAIL/
		);
	});

	test('the code is built with the address the environment gives', () => {
		const expected = publicAddress(process.env);
		expect(SITE_URL).toBe(expected.siteUrl);
		expect(CORRECTIONS_EMAIL).toBe(expected.correctionsEmail);
		expect(absoluteUrl('/fr/embed/')).toBe(`${expected.siteUrl}fr/embed/`);
	});
});
