import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import bundleJson from '$lib/generated/bundle.json';
import type { Bundle } from '$lib/data/types';
import { mapData } from '$lib/server/mapData';

const bundle = bundleJson as unknown as Bundle;

describe('map data budget', () => {
	it('ships at most 60 KB gzip of map data in each page', () => {
		const json = JSON.stringify(mapData(bundle));
		const gzipped = gzipSync(json).length;
		console.log(`map data: ${json.length} B raw, ${gzipped} B gzip`);
		expect(gzipped).toBeLessThanOrEqual(60 * 1024);
	});
});
