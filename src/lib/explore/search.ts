/**
 * Find your town: how a typed name meets the names in the data. Every spelling is reduced
 * to a key that survives the ways readers write the same place: case, accents, the Arabic
 * article (al-, el-, ash-…, ال), hamza forms (أ إ آ ؤ ئ), tāʾ marbūṭa, and Latin
 * transliteration, where vowels are the least stable part (Deraa/Daraa/Dar'a,
 * Nawa/Nowa, Busra/Bosra, Souweïda/Suwayda): a Latin key keeps the consonants only, with
 * doubled letters single, q as k, French ch/dj/ou as sh/j/w. A query matches a place when
 * its key begins the key of one of the place's names, or of a word within it.
 */

const ARABIC = /[\u0600-\u06ff]/;

/** Article tokens dropped from Latin names: al-Sham, el-Harak, ash-Sham, as-Suwayda. */
const LATIN_ARTICLES = new Set([
	'al', 'el', 'il', 'ul', 'as', 'ash', 'ad', 'adh', 'ar', 'at', 'ath', 'az', 'an',
	'es', 'esh', 'ed', 'er', 'et', 'ez', 'en'
]); // prettier-ignore

function stripMarks(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '');
}

function latinWordKey(word: string): string {
	return (
		word
			// French and English digraphs for one Arabic consonant.
			.replace(/ch/g, 'sh')
			.replace(/dj/g, 'j')
			.replace(/ph/g, 'f')
			.replace(/dh/g, 'z')
			// French "ou" before a vowel is a w (Naoua = Nawa, Soueida = Sweida, Ouadi = Wadi).
			.replace(/ou(?=[aeiy])/g, 'w')
			// A final h after a vowel is the tāʾ marbūṭa (Jamlah = Jamla, Sijneh).
			.replace(/([aeiouy])h$/, '$1')
			.replace(/q/g, 'k')
			.replace(/c(?!h)/g, 'k')
			// A y is a consonant only at the start of a word (Yarmouk), a vowel elsewhere (Sayda).
			.replace(/(?!^)y/g, 'a')
			.replace(/[aeiou]/g, '')
			.replace(/(.)\1+/g, '$1')
	);
}

function arabicWordKey(word: string): string {
	const bare = word
		.replace(/\u0671/g, '\u0627')
		.replace(/\u0629/g, '\u0647')
		.replace(/\u0649/g, '\u064a')
		.replace(/[\u0621\u0640]/g, '');
	// The article: alone it says nothing; before two letters or more it goes (السد → سد).
	if (!bare.startsWith('\u0627\u0644')) return bare;
	return bare.length >= 4 ? bare.slice(2) : bare.length === 2 ? '' : bare;
}

/**
 * The keys of each word of a spelling, in order: Latin or Arabic by its script.
 * French elisions (d'al-Raqqad) and apostrophes for ʿayn or hamza (Dar'a) go first.
 */
export function wordKeys(text: string): string[] {
	const plain = stripMarks(text).toLowerCase();
	if (ARABIC.test(plain)) {
		return plain
			.split(/[^\u0621-\u064a\u0671]+/u)
			.filter(Boolean)
			.map(arabicWordKey)
			.filter(Boolean);
	}
	const words = plain
		.replace(/(^|[^a-z])[dl]['’](?=[a-z])/g, '$1')
		.replace(/['’ʿʾ`]/g, '')
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	const kept = words.length > 1 ? words.filter((w) => !LATIN_ARTICLES.has(w)) : words;
	return kept.map(latinWordKey).filter(Boolean);
}

/** The key of a whole query or name. */
export function searchKey(text: string): string {
	return wordKeys(text).join('');
}

/** A name's keys: the whole name's, then from each later word on (al-Sham in Busra al-Sham). */
export function nameKeys(name: string): string[] {
	const words = wordKeys(name);
	return [...new Set(words.map((_, i) => words.slice(i).join('')))];
}

/** One place in the search index (a small JSON per edition, built with the site). */
export interface SearchEntry {
	id: string;
	/** Its name in the edition's language, shown in the list. */
	name: string;
	/** Its governorate, shown beside the name to tell namesakes apart. */
	area: string;
	/** Keys of every spelling (see nameKeys): the first of each spelling is the whole name. */
	keys: string[];
	/** Of those, the whole-name keys (ranked first). */
	whole: string[];
}

/**
 * The places a query finds, best first: a whole name equal to it, then a whole name it
 * begins, then a word it begins; within each, in the list's order. Nothing for a query
 * too short to say anything.
 */
export function findPlaces(query: string, index: readonly SearchEntry[], limit = 8): SearchEntry[] {
	const key = searchKey(query);
	if (query.trim().length < 2 || key.length === 0) return [];
	const ranked: { entry: SearchEntry; rank: number; order: number }[] = [];
	index.forEach((entry, order) => {
		let rank = Infinity;
		if (entry.whole.includes(key)) rank = 0;
		else if (entry.whole.some((k) => k.startsWith(key))) rank = 1;
		else if (entry.keys.some((k) => k.startsWith(key))) rank = 2;
		if (rank < Infinity) ranked.push({ entry, rank, order });
	});
	return ranked
		.sort((a, b) => a.rank - b.rank || a.order - b.order)
		.slice(0, limit)
		.map((r) => r.entry);
}
