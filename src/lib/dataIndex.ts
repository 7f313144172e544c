import type { DownloadName } from '$lib/data/downloads';
import type { Locale } from '$story/registry';

/**
 * What each download holds, for the /data/ index (one page in both languages). Keyed by
 * the download's name, so a file added to DOWNLOAD_NAMES without a line here fails the
 * type check.
 */
export const DOWNLOAD_DESCRIPTIONS: Record<DownloadName, Record<Locale, string>> = {
	'dataset.json': {
		en: 'Everything below in one JSON file',
		fr: 'Tous les fichiers ci-dessous en un seul fichier JSON',
		ar: 'كل ما يلي في ملف JSON واحد'
	},
	'events.json': {
		en: 'The events, as JSON',
		fr: 'Les événements, en JSON',
		ar: 'الأحداث، بصيغة JSON'
	},
	'events.csv': {
		en: 'Events: dates, places, actors, figures and sources',
		fr: 'Événements : dates, lieux, acteurs, chiffres et sources',
		ar: 'الأحداث: التواريخ والأماكن والأطراف والأرقام والمصادر'
	},
	'places.csv': {
		en: 'Places and their coordinates (ODbL)',
		fr: 'Lieux et coordonnées (ODbL)',
		ar: 'الأماكن وإحداثياتها (ODbL)'
	},
	'sources.csv': {
		en: 'Every source we cite, with the site that carried it',
		fr: 'Toutes les sources citées, avec le site qui les a publiées',
		ar: 'كل المصادر التي نستشهد بها، مع الموقع الذي نشرها'
	},
	'series.csv': {
		en: 'Figures by date, one row per source',
		fr: 'Chiffres par date, une ligne par source',
		ar: 'الأرقام بحسب التاريخ، بسطر لكل مصدر'
	},
	'control.csv': {
		en: 'Who held each town, and when that changed',
		fr: 'Qui tenait chaque localité, et quand cela a changé',
		ar: 'من كان يسيطر على كل بلدة، ومتى تغيّر ذلك'
	},
	'claims.csv': {
		en: 'The claims of the 31 July AFP report, and what we found',
		fr: 'Les affirmations de la dépêche AFP du 31 juillet, et ce que nous avons trouvé',
		ar: 'ما ورد في تقرير فرانس برس في 31 تموز/يوليو، وما وجدناه'
	},
	'corrections.csv': {
		en: 'Every correction to the story and the data: when, what, where, why',
		fr: 'Chaque correction du récit et des données : quand, quoi, où, pourquoi',
		ar: 'كل تصحيح أُدخل على القصة والبيانات: متى، وماذا، وأين، ولماذا'
	},
	'releases.csv': {
		en: 'The dataset’s versions and what changed in each (changelog)',
		fr: 'Les versions du jeu de données et ce qui a changé dans chacune',
		ar: 'إصدارات مجموعة البيانات وما تغيّر في كل منها (سجل التغييرات)'
	},
	'datapackage.json': {
		en: 'Machine-readable description of every file (Frictionless Data Package)',
		fr: 'Description de chaque fichier lisible par machine (Frictionless Data Package)',
		ar: 'وصف لكل ملف تقرؤه الآلة (Frictionless Data Package)'
	},
	'README.txt': {
		en: 'Every column explained, with the licences',
		fr: 'Chaque colonne expliquée, avec les licences (en anglais)',
		ar: 'شرح كل عمود، مع التراخيص (بالإنكليزية)'
	}
};

export const DATA_INDEX_WORDS = {
	en: {
		title: 'Deraa 2018 dataset: downloads',
		intro:
			'The tables behind the story, free to reuse under CC BY 4.0 with the credit “Deraa 2018 dataset”; the place table mixes OpenStreetMap data and is offered under the ODbL. The articles we cite remain their publishers’.',
		story: 'Read the story',
		version: 'Version {version}, released {date}.',
		changelog: 'What changed in each version',
		cite: 'How to cite',
		files: 'Files',
		link: 'What each file holds'
	},
	fr: {
		title: 'Jeu de données Deraa 2018 : téléchargements',
		intro:
			'Les tables derrière le récit, réutilisables sous licence CC BY 4.0 avec la mention « Deraa 2018 dataset » ; la table des lieux contient des données OpenStreetMap et relève de l’ODbL. Les articles cités restent la propriété de leurs éditeurs.',
		story: 'Lire le récit',
		version: 'Version {version}, publiée le {date}.',
		changelog: 'Ce qui a changé dans chaque version',
		cite: 'Comment citer',
		files: 'Fichiers',
		link: 'Le contenu de chaque fichier'
	},
	ar: {
		title: 'مجموعة بيانات درعا 2018: التنزيلات',
		intro:
			'الجداول التي تستند إليها القصة، متاحة لإعادة الاستخدام مجاناً بموجب رخصة CC BY 4.0 مع الإشارة إلى «مجموعة بيانات درعا 2018»؛ أما جدول الأماكن فيتضمن بيانات من OpenStreetMap ويُتاح بموجب رخصة ODbL. وتبقى المقالات التي نستشهد بها ملكاً لناشريها.',
		story: 'اقرأ القصة',
		version: 'الإصدار {version}، صدر في {date}.',
		changelog: 'ما تغيّر في كل إصدار',
		cite: 'كيف تستشهدون بالبيانات',
		files: 'الملفات',
		link: 'محتوى كل ملف'
	}
} satisfies Record<Locale, Record<string, string>>;
