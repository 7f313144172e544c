import { describe, expect, it } from 'vitest';
import bundleJson from '$lib/generated/bundle.json';
import type { Bundle } from '$lib/data/types';
import { allSpellings } from '$lib/explore/names';
import { findPlaces, searchKey } from '$lib/explore/search';
import { searchIndex } from '$lib/server/explore/searchIndex';

const bundle = bundleJson as unknown as Bundle;
const index = searchIndex('en');
const found = (query: string) => findPlaces(query, index).map((e) => e.id);

describe('find your town', () => {
	it('finds every place by every spelling in data/places.csv, in every script', () => {
		const missed = bundle.dataset.places.flatMap((p) =>
			allSpellings(p)
				.filter((name) => name.trim().length >= 2 && !found(name).includes(p.id))
				.map((name) => `${p.id}: ${name}`)
		);
		expect(missed).toEqual([]);
	});

	// Spellings readers type that the data does not list, in three scripts.
	it.each([
		['DERAA', 'daraa'],
		['Dera’a', 'daraa'],
		['Nowa', 'nawa'],
		['Naoua', 'nawa'],
		['Bosra ash-Sham', 'busra-al-sham'],
		['el-Harak', 'al-harak'],
		['Harak', 'al-harak'],
		['Chajara', 'al-shajara'],
		['Jassem', 'jasim'],
		['Tasseel', 'tasil'],
		['Muzeirib', 'muzayrib'],
		['Kuneytra', 'quneitra'],
		['Qouneïtra', 'quneitra'],
		['Souaida', 'sweida'],
		['Sham', 'busra-al-sham'],
		['حراك', 'al-harak'],
		['انخل', 'inkhil'],
		['بصري الشام', 'busra-al-sham'],
		['القنيطره', 'quneitra'],
		['الشَّجَرة', 'al-shajara'],
		['ام باطنة', 'umm-batina']
	])('%s finds %s', (query, id) => {
		expect(found(query)).toContain(id);
	});

	// Near misses: a different consonant, an extra syllable, another town.
	it.each([
		['Nasir', 'nasib'],
		['Jasmin', 'jasim'],
		['Tafila', 'tafas'],
		['Nawab', 'nawa'],
		['Sweidan', 'sweida'],
		['Dael Hills', 'dael'],
		['نصر', 'nasib'],
		['طفيلة', 'tafas'],
		['Damas', 'daraa']
	])('%s does not find %s', (query, id) => {
		expect(found(query)).not.toContain(id);
	});

	it('says nothing for a query too short to mean anything', () => {
		expect(found('a')).toEqual([]);
		expect(found('ال')).toEqual([]);
		expect(found('  ')).toEqual([]);
	});

	it('ranks a whole name equal to the query first', () => {
		expect(found('Nawa')[0]).toBe('nawa');
		expect(found('Daraa')[0]).toBe('daraa');
	});

	it('reduces case, accents, the article and hamza to one key', () => {
		expect(searchKey('Souweïda')).toBe(searchKey('as-Suwayda'));
		expect(searchKey('إنخل')).toBe(searchKey('انخل'));
		expect(searchKey('الحراك')).toBe(searchKey('حراك'));
		expect(searchKey('al-Harak')).toBe(searchKey('HARAK'));
	});
});
