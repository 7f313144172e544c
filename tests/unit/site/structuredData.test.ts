import { describe, expect, test } from 'vitest';
import bundle from '$lib/generated/bundle.json';
import type { Bundle } from '$lib/data/types';
import { DOWNLOAD_NAMES } from '$lib/data/downloads';
import { DISPATCH, dataset as datasetLd, newsArticle, jsonLdScript } from '$lib/structuredData';
import { SITE_URL } from '$lib/site';

const { dataset, stories } = bundle as unknown as Bundle;

describe('JSON-LD', () => {
	test('the dispatch the article is based on is a copy the dataset lists under AFP, 31 July', () => {
		const source = dataset.sources.find((s) => s.id === DISPATCH.sourceId);
		expect(source?.publisher).toBe(DISPATCH.publisher);
		expect(source?.date).toBe(DISPATCH.date);
		expect([source?.url, ...(source?.alternates ?? [])]).toContain(DISPATCH.url);
	});

	test.each(['en', 'fr'] as const)(
		'%s: a NewsArticle and its Dataset, at the public address',
		(locale) => {
			const meta = stories[locale].meta;
			const article = newsArticle(locale, meta);
			const data = datasetLd(locale, meta);
			const edition = locale === 'en' ? SITE_URL : `${SITE_URL}fr/`;
			expect(article).toMatchObject({
				'@type': 'NewsArticle',
				headline: meta.headline,
				inLanguage: locale,
				datePublished: meta.published,
				dateModified: meta.updated,
				url: edition,
				isBasedOn: { url: DISPATCH.url, datePublished: '2018-07-31' }
			});
			expect(data['@type']).toBe('Dataset');
			expect(data.distribution.map((d) => d.contentUrl)).toEqual(
				DOWNLOAD_NAMES.map((name) => `${SITE_URL}data/${name}`)
			);
		}
	);

	test('a data block cannot be closed by the text inside it', () => {
		const script = jsonLdScript({ headline: '</script><script>alert(1)</script>' });
		expect(script.match(/<\/script>/g)).toHaveLength(1);
		expect(JSON.parse(script.replace(/^<script[^>]*>|<\/script>$/g, ''))).toEqual({
			headline: '</script><script>alert(1)</script>'
		});
	});
});
