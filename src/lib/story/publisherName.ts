import type { Locale } from './registry';

/**
 * A source's publisher as each edition names it. The dataset writes publishers in
 * English; the French edition follows AFP's usage (OSDH, Chine nouvelle, Ocha), so a
 * reader never meets "SOHR" in one sentence and "OSDH" in the next.
 */
const FR_NAMES: Record<string, string> = {
	SOHR: 'OSDH',
	Xinhua: 'Chine nouvelle',
	Wikipedia: 'Wikipédia',
	'UN OCHA': 'Ocha (ONU)',
	'UN OCHA update as of 2 July': 'Ocha, point au 2 juillet',
	'UN OCHA IDP movements tracking July 2018': 'Ocha, suivi des déplacements, juillet 2018',
	'UN OCHA IDP spontaneous returns Nov 2018': 'Ocha, retours spontanés, novembre 2018',
	'UN OCHA IDP spontaneous returns Dec 2018': 'Ocha, retours spontanés, décembre 2018',
	'UNHCR flash update': 'HCR, point de situation'
};

const FR_PATTERNS: [RegExp, string][] = [
	[/^UN OCHA sitrep (\d+)$/, 'Ocha, rapport de situation n°\u00a0$1'],
	[/^UN OCHA flash update (\d+)$/, 'Ocha, point de situation n°\u00a0$1']
];

/**
 * The Arabic edition names publishers as the Arabic press does (the glossary's forms:
 * فرانس برس, المرصد السوري, سانا). Arabic-language outlets go by their own Arabic names;
 * a foreign outlet the Arabic press rarely names keeps its own name, isolated from the
 * Arabic around it wherever it is shown.
 */
const AR_NAMES: Record<string, string> = {
	AFP: 'فرانس برس',
	SOHR: 'المرصد السوري',
	Reuters: 'رويترز',
	SANA: 'سانا',
	AP: 'أسوشيتد برس',
	Anadolu: 'الأناضول',
	Xinhua: 'شينخوا',
	Wikipedia: 'ويكيبيديا',
	Wikiwand: 'ويكي واند',
	'Al-Masdar': 'المصدر نيوز',
	'Al-Masdar News': 'المصدر نيوز',
	Muraselon: 'مراسلون',
	'SMART News': 'سمارت',
	'The New Arab': 'العربي الجديد',
	'Al-Araby al-Jadeed': 'العربي الجديد',
	SouthFront: 'ساوث فرونت',
	'Asharq al-Awsat': 'الشرق الأوسط',
	'Al Jazeera': 'الجزيرة',
	'Al Arabiya': 'العربية',
	SY24: 'سوريا 24',
	'Syria 24': 'سوريا 24',
	'Enab Baladi': 'عنب بلدي',
	'Syrians for Truth and Justice': 'سوريون من أجل الحقيقة والعدالة',
	'Press TV': 'برس تي في',
	'Step News Agency': 'وكالة ستيب الإخبارية',
	'Athr Press': 'أثر برس',
	'Deutsche Welle': 'دويتشه فيله',
	'Syria Direct': 'سيريا دايركت',
	'Syria TV': 'تلفزيون سوريا',
	FNA: 'وكالة فارس',
	'EA WorldView': 'إي إيه وورلد فيو',
	'Sputnik France': 'سبوتنيك',
	'Sputnik Brasil': 'سبوتنيك',
	Sputnik: 'سبوتنيك',
	RT: 'روسيا اليوم',
	'Baladi News': 'بلدي نيوز',
	'Fresh Syria': 'فريش سيريا',
	'Rozana FM': 'راديو روزنة',
	'Orient News': 'أورينت نيوز',
	'Al-Manar': 'المنار',
	'Al-Manar English': 'المنار',
	'Al-Hayat': 'الحياة',
	AGI: 'آجي',
	Rudaw: 'رووداو',
	TASS: 'تاس',
	'Syria Times': 'سيريا تايمز',
	'Sada El Balad': 'صدى البلد',
	'Al-Khaleej al-Jadeed': 'الخليج الجديد',
	'Al-Bawaba News': 'البوابة نيوز',
	Albawaba: 'البوابة',
	Elnashra: 'النشرة',
	Elaph: 'إيلاف',
	'Ayyam Syria': 'أيام سوريا',
	'Thiqa Agency': 'وكالة ثقة',
	'Qasioun News': 'قاسيون',
	'Shaam Network': 'شبكة شام',
	'Halab Today TV': 'حلب اليوم',
	'Al-Alam': 'العالم',
	'Al-Wasat Kuwait': 'الوسط (الكويت)',
	'Al-Wasat Bahrain': 'الوسط (البحرين)',
	'Al-Khafji News': 'أخبار الخفجي',
	'Iraq Newspaper': 'صحيفة العراق',
	'Ahl Masr News': 'أهل مصر',
	Acharaa: 'الشراع',
	Slaati: 'ساعتي',
	Kayhan: 'كيهان',
	'Moj News': 'موج نيوز',
	'Tahrir News': 'التحرير',
	'Syria Today': 'سوريا اليوم',
	'Al-Shahid': 'الشاهد',
	'7al.net': 'الحل نت',
	'The Daily Star': 'ذا ديلي ستار',
	'The National': 'ذا ناشيونال',
	'The Arab Weekly': 'العرب ويكلي',
	'Arab News': 'عرب نيوز',
	'Al-Monitor': 'المونيتور',
	Haaretz: 'هآرتس',
	'Jerusalem Post': 'جيروزاليم بوست',
	'Times of Israel': 'تايمز أوف إسرائيل',
	'The Guardian': 'ذا غارديان',
	'Washington Post': 'واشنطن بوست',
	CNN: 'سي إن إن',
	dpa: 'الوكالة الألمانية (د ب أ)',
	'France 24 Observers': 'مراقبون فرانس 24',
	Euronews: 'يورونيوز',
	RFI: 'إذاعة فرنسا الدولية',
	WAFA: 'وفا',
	'Iran Press': 'إيران برس',
	'The Syrian Observer': 'ذا سيريان أوبزرفر',
	'Syrian Civil Platform': 'المنصة المدنية السورية',
	'US Mission to the UN': 'البعثة الأميركية لدى الأمم المتحدة',
	'UN OCHA': 'أوتشا (الأمم المتحدة)',
	'UN OCHA update as of 2 July': 'أوتشا، تحديث حتى 2 تموز/يوليو',
	'UN OCHA IDP movements tracking July 2018': 'أوتشا، تتبع حركة النازحين، تموز/يوليو 2018',
	'UN OCHA IDP spontaneous returns Nov 2018':
		'أوتشا، العودة التلقائية للنازحين، تشرين الثاني/نوفمبر 2018',
	'UN OCHA IDP spontaneous returns Dec 2018':
		'أوتشا، العودة التلقائية للنازحين، كانون الأول/ديسمبر 2018',
	'UNHCR flash update': 'المفوضية السامية لشؤون اللاجئين، تحديث عاجل',
	'Reuters/AFP': 'رويترز/فرانس برس',
	'AFP/Reuters': 'فرانس برس/رويترز',
	'AP/AFP': 'أسوشيتد برس/فرانس برس',
	'LaPresse/AFP': 'لابريس/فرانس برس',
	'Kompas/AFP': 'كومباس/فرانس برس',
	'Reuters/Petra': 'رويترز/بترا',
	'Anadolu/SNHR': 'الأناضول/الشبكة السورية لحقوق الإنسان',
	SNHR: 'الشبكة السورية لحقوق الإنسان'
};

const AR_PATTERNS: [RegExp, string][] = [
	[/^UN OCHA sitrep (\d+)$/, 'أوتشا، تقرير الوضع رقم $1'],
	[/^UN OCHA flash update (\d+)$/, 'أوتشا، تحديث عاجل رقم $1']
];

const NAMES: Partial<
	Record<Locale, { names: Record<string, string>; patterns: [RegExp, string][] }>
> = {
	fr: { names: FR_NAMES, patterns: FR_PATTERNS },
	ar: { names: AR_NAMES, patterns: AR_PATTERNS }
};

export function publisherName(publisher: string, locale: Locale): string {
	const table = NAMES[locale];
	if (!table) return publisher;
	const named = table.names[publisher];
	if (named) return named;
	for (const [pattern, name] of table.patterns)
		if (pattern.test(publisher)) return publisher.replace(pattern, name);
	return publisher;
}

/** ", via " joins a publisher and the site we read it on; Arabic writes «، عبر ». */
const VIA: Record<Locale, string> = { en: ', via ', fr: ', via ', ar: '، عبر ' };

/** A source label "Publisher" or "Publisher, via Site": only the publisher is translated. */
export function sourceLabel(label: string, locale: Locale): string {
	const [publisher = label, ...via] = label.split(', via ');
	return [publisherName(publisher, locale), ...via.map((v) => publisherName(v, locale))].join(
		VIA[locale]
	);
}
