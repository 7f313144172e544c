import { DOWNLOAD_NAMES } from '$lib/data/downloads';
import { PROVIDER_NAME, storyCardPath } from '$lib/embed/paths';
import { ROOT_LOCALE, editionPath, otherLocales } from '$story/editions';
import { absoluteUrl } from '$lib/site';
import { LOCALES, type Locale } from '$story/registry';
import type { StoryMeta } from '$story/types';

/**
 * Schema.org descriptions of an edition for search engines and archives: the story as a
 * NewsArticle based on the AFP dispatch it checks, and the downloads as a Dataset. They
 * go in the head as a `<script type="application/ld+json">`, a data block the browser
 * never runs, so the strict CSP needs no hash for it.
 */

/**
 * The dispatch the story checks claim by claim: AFP's report of 31 July 2018, as it ran in
 * French in Luxembourg's Le Quotidien (the text in the research seed). It is a copy listed
 * under source `sourceId` in data/sources.csv; a unit test keeps the two in step.
 */
export const DISPATCH = {
	sourceId: 'afp-2018-07-31-new-arab',
	publisher: 'AFP',
	carriedBy: 'Le Quotidien',
	date: '2018-07-31',
	language: 'fr',
	url: 'https://lequotidien.lu/?p=212434'
} as const;

const DATASET_NAME: Record<Locale, string> = {
	en: 'Deraa 2018 dataset',
	fr: 'Jeu de données Deraa 2018',
	ar: 'مجموعة بيانات درعا 2018'
};
const DATASET_DESCRIPTION: Record<Locale, string> = {
	en: 'Events, places, figures, changes of control and sources behind the story of the 2018 offensive in southern Syria (Daraa, Quneitra, Sweida), compiled from published reporting, with every version kept where sources disagree. The place table is under the ODbL, the rest under CC BY 4.0.',
	fr: 'Événements, lieux, chiffres, changements de contrôle et sources du récit de l’offensive de 2018 dans le sud de la Syrie (Deraa, Qouneitra, Soueida), compilés à partir de reportages publiés ; quand les sources divergent, chaque version est conservée. La table des lieux est sous licence ODbL, le reste sous CC BY 4.0.',
	ar: 'الأحداث والأماكن والأرقام وتغيّرات السيطرة والمصادر التي تستند إليها قصة هجوم 2018 على جنوب سوريا (درعا والقنيطرة والسويداء)، مجمّعة من تقارير منشورة، مع الاحتفاظ بكل رواية حيث تختلف المصادر. جدول الأماكن متاح بموجب رخصة ODbL، والباقي بموجب CC BY 4.0.'
};
const MEDIA_TYPE: Record<string, string> = {
	csv: 'text/csv',
	json: 'application/json',
	txt: 'text/plain'
};

/** "By the Graphics desk" → "the Graphics desk": who wrote it, without the preposition. */
export function authorName(byline: string): string {
	return byline.replace(/^(by|par)\s+/i, '').trim();
}

/** The page listing the downloads (one page in both languages), where the Dataset lives. */
export const DATA_INDEX_PATH = '/data/';

export function newsArticle(locale: Locale, meta: StoryMeta) {
	const url = absoluteUrl(editionPath(locale));
	const articleOf = (l: Locale) => ({ '@id': `${absoluteUrl(editionPath(l))}#article` });
	const desk = { '@type': 'Organization', name: PROVIDER_NAME, url: absoluteUrl('/') };
	return {
		'@type': 'NewsArticle',
		'@id': `${url}#article`,
		headline: meta.headline,
		description: meta.description,
		url,
		mainEntityOfPage: url,
		inLanguage: locale,
		datePublished: meta.published,
		dateModified: meta.updated,
		image: absoluteUrl(storyCardPath(locale)),
		author: { '@type': 'Organization', name: authorName(meta.byline) },
		publisher: desk,
		isBasedOn: {
			'@type': 'NewsArticle',
			url: DISPATCH.url,
			datePublished: DISPATCH.date,
			inLanguage: DISPATCH.language,
			author: { '@type': 'Organization', name: DISPATCH.publisher },
			publisher: { '@type': 'Organization', name: DISPATCH.carriedBy }
		},
		// The root edition is the original; the others are its translations.
		...(locale === ROOT_LOCALE
			? { workTranslation: otherLocales(locale).map(articleOf) }
			: { translationOfWork: articleOf(ROOT_LOCALE) })
	};
}

export function dataset(locale: Locale, meta: StoryMeta) {
	return {
		'@type': 'Dataset',
		'@id': `${absoluteUrl(DATA_INDEX_PATH)}#dataset-${locale}`,
		name: DATASET_NAME[locale],
		description: DATASET_DESCRIPTION[locale],
		url: absoluteUrl(DATA_INDEX_PATH),
		inLanguage: [...LOCALES],
		license: 'https://creativecommons.org/licenses/by/4.0/',
		creator: { '@type': 'Organization', name: PROVIDER_NAME },
		dateModified: meta.updated,
		temporalCoverage: '2011/2018',
		spatialCoverage: { '@type': 'Place', name: 'Daraa, Quneitra and Sweida governorates, Syria' },
		isBasedOn: DISPATCH.url,
		subjectOf: { '@id': `${absoluteUrl(editionPath(locale))}#article` },
		distribution: DOWNLOAD_NAMES.map((name) => ({
			'@type': 'DataDownload',
			name,
			contentUrl: absoluteUrl(`/data/${name}`),
			encodingFormat: MEDIA_TYPE[name.split('.').pop() ?? ''] ?? 'application/octet-stream'
		}))
	};
}

/** The edition's JSON-LD: the article and its dataset in one graph. */
export function editionGraph(locale: Locale, meta: StoryMeta) {
	return {
		'@context': 'https://schema.org',
		'@graph': [newsArticle(locale, meta), dataset(locale, meta)]
	};
}

/**
 * A JSON-LD data block. `<` is escaped so no text in it can close the element; the
 * JSON is otherwise what search engines read.
 */
export function jsonLdScript(data: unknown): string {
	const json = JSON.stringify(data).replace(/</g, '\\u003c');
	return `<script type="application/ld+json">${json}</script>`;
}
