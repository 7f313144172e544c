import type { ChartCopy } from './copy';
import { publisherName } from '$story/publisherName';

/**
 * Arabic: time still runs left to right on every axis, as in the Arabic press's charts
 * (AFP Arabic, Al Jazeera, Asharq al-Awsat); only the words read right to left
 * (docs/arabic-edition.md).
 */
export const AR_CHART_COPY: ChartCopy = {
	showData: 'عرض البيانات',
	sourcesAndData: 'المصادر والبيانات',
	source: 'المصدر',
	sources: 'المصادر',
	colon: ':',
	comma: '، ',
	andMore: (n: number) => `و${n} غيرها في الجدول`,
	date: 'التاريخ',
	value: 'الرقم',
	who: 'الجهة التي أحصت',
	published: 'الناشر',
	moreThan: 'أكثر من',
	floor: 'ما لا يقل عن أو أكثر من',
	upTo: 'ما يصل إلى',
	partisan: 'ادعاء طرف في النزاع',
	today: 'تاريخ القصة',
	timeline: {
		title: 'الأحداث كلها، يوماً بيوم',
		takeaway: (n: number) => `أحداث مؤرخة عددها ${n}؛ والتواريخ المتنازع عليها مرسومة فترات.`,
		lanes: {
			fighting: 'القتال',
			deals: 'الاتفاقات',
			people: 'السكان',
			borders: 'الحدود والدبلوماسية'
		},
		event: 'الحدث',
		type: 'النوع',
		disputed: 'تاريخ متنازع عليه',
		desc: (n: number, date: string) =>
			`خط زمني لأحداث عددها ${n} في أربعة صفوف (القتال، واتفاقات الاستسلام، والنازحون والمُجلَون والرهائن، والحدود والدبلوماسية)، مع تحديد تاريخ القصة، ${date}.`
	},
	displacement: {
		title: 'النازحون',
		takeaway: (peak: string) =>
			`بلغت التقديرات في ذروتها ${peak} في مطلع تموز/\u2060يوليو، ثم انخفضت مع عودة الناس.`,
		band: 'الفارق بين التقديرات',
		un: 'تقدير الأمم المتحدة',
		other: 'تقدير آخر',
		desc: (peak: string) =>
			`رسم بياني لعدد النازحين من 20 حزيران/\u2060يونيو إلى 16 آب/\u2060أغسطس 2018، بنقطة لكل تقدير، مع شريط بين أدنى تقدير وأعلاه في كل يوم. وأعلى تقدير ${peak}.`
	},
	controlShare: {
		title: 'حصة الحكومة من مساحة درعا',
		takeaway: (from: string, to: string) =>
			`من ${from} إلى ${to} في ستة أسابيع، معظمها عبر اتفاقات.`,
		deal: 'اتفاق',
		next: (value: string, date: string) => `${value} في ${date}`,
		monitor: 'رقم المرصد السوري',
		partisanMark: 'ادعاء موالٍ للحكومة',
		desc: (from: string, to: string) =>
			`رسم بياني متدرّج لحصة الحكومة من مساحة محافظة درعا، ترتفع من ${from} في 19 حزيران/\u2060يونيو إلى ${to} في 1 آب/\u2060أغسطس 2018، مع اتفاقات الاستسلام معلَّمة على محور الزمن.`
	},
	civilianDeaths: {
		title: 'المدنيون القتلى منذ 19 حزيران/\u2060يونيو',
		takeaway: (n: string) => `تتوقف الحصائل ثم تُستأنف؛ وأعلاها ${n}. لم يحتفظ أحد بحصيلة كاملة.`,
		running: 'حصيلة متواصلة',
		period: 'حصيلة لفترة محددة',
		desc: (n: string) =>
			`رسم بياني للمدنيين القتلى في الهجوم بحسب الجهة التي أحصتهم: حصيلة المرصد السوري المتواصلة التي تتوقف في مطلع تموز/\u2060يوليو، وحصائل منفردة لمجموعات أخرى تصل إلى ${n}.`
	},
	sweidaToll: {
		title: 'كم عدد من قُتلوا في السويداء في 25 تموز/\u2060يوليو؟',
		others: 'مصادر أخرى',
		all: 'الكل',
		takeaway: (floor: string) =>
			`ارتفعت الحصائل أسابيع ولم تتطابق قط: لذلك نقول «أكثر من ${floor}»، لا رقماً واحداً.`,
		floor: (floor: string) => `أكثر من ${floor}`,
		desc: (n: number, floor: string) =>
			`رسم نقطي لحصائل منشورة عددها ${n} لقتلى هجمات تنظيم الدولة الإسلامية على السويداء، بنقطة لكل حصيلة بترتيب نشرها (وعلى الشاشة الصغيرة تتشارك حصائل اليوم الأول أسطراً)، مع خط عند ${floor}.`
	},
	evacuations: {
		title: 'المنقولون إلى الشمال، قافلةً قافلة',
		takeaway: (total: string) =>
			`بلغ عدد من نُقلوا إلى الشمال ${total} في الأسبوعين الأخيرين من تموز/\u2060يوليو.`,
		total: 'المجموع حتى تاريخه',
		nonePublished: 'لم يُنشر أي رقم بعد',
		convoy: 'عدد ركاب قافلة بحسب التقارير',
		proGovernment: 'وسيلة إعلام موالية للحكومة',
		desc: (n: number, total: string) =>
			`رسم بياني لأعداد منشورة (${n}) لمن نقلتهم كل قافلة من درعا والقنيطرة إلى الشمال، من 15 تموز/\u2060يوليو إلى 11 آب/\u2060أغسطس 2018؛ وبلغ المجموع ${total}.`
	},
	hostages: {
		abducted: 'المخطوفون',
		returnedHome: 'العائدون إلى ديارهم',
		title: 'رهائن السويداء',
		takeaway: (n: number) =>
			`مربع لكل شخص خُطف في 25 تموز/\u2060يوليو (${n}، بحسب المرصد السوري). ولا تتطابق أعداد المصادر أبداً.`,
		states: {
			held: 'محتجز',
			escaped: 'فرّ',
			died: 'توفي في الأسر',
			killed: 'قتله التنظيم',
			freed: 'أُفرج عنه',
			unaccounted: 'مصير مجهول'
		},
		freedOn: (date: string) => `أُفرج عنهم في ${date}`,
		reported: 'المحتجزون بحسب التقارير',
		returned: (n: string) => `أحصت فرانس برس لاحقاً عودة ${n} منهم.`,
		person: 'الرهائن',
		desc: (date: string, held: number, n: number) =>
			`شبكة من ${n} مربعاً، مربع لكل مخطوف. في ${date} يبقى ${held} منهم محتجزين.`
	},
	pocket: {
		// The count comes after «عدد القرى»: the noun after a number changes with it.
		villages: (n: string) => `عدد القرى: ${n}`,
		table: {
			before: 'قبل 19 حزيران/\u2060يونيو',
			undated: 'غير مؤرخ',
			place: 'البلدة',
			from: 'تحت سيطرته منذ',
			lost: 'خسرها في'
		},
		title: 'جيب اليرموك يتقلّص',
		takeaway: (peak: number) =>
			`سيطر فرع التنظيم على ما يصل إلى ${peak} قرية؛ وبعد أسبوع لم يبق بيده شيء.`,
		held: 'القرى الخاضعة لسيطرته (جدول السيطرة)',
		range: 'الفارق بحسب التواريخ المتنازع عليها',
		reported: 'عدد أورده مصدر',
		desc: (peak: number) =>
			`رسم بياني متدرّج لعدد القرى التي سيطر عليها جيش خالد بن الوليد من 8 تموز/\u2060يوليو إلى 3 آب/\u2060أغسطس 2018، بلغ ذروته عند ${peak}، مع شريط للتواريخ المتنازع عليها ونقاط للأعداد التي أوردتها المصادر.`
	}
};

/** Counter names as the Arabic edition writes them (glossary forms). */
const AR_COUNTER_NAMES: Record<string, string> = {
	// Short in a chart's labels; prose and source lists give the full name.
	SNHR: 'الشبكة السورية',
	SOHR: 'المرصد السوري',
	'UN OCHA': 'أوتشا (الأمم المتحدة)',
	'Sweida health directorate': 'مديرية صحة السويداء',
	'Local journalists': 'صحافيون محليون',
	'Early media reports': 'التقارير الإعلامية الأولى',
	'Daraa Martyrs Documentation Office': 'مكتب توثيق الشهداء في درعا',
	'Response Coordinators': 'منسقو الاستجابة',
	Xinhua: 'شينخوا',
	Wikipedia: 'ويكيبيديا'
};

/**
 * A counter in Arabic: the names above for counters that are not publishers, and
 * otherwise the publisher as the Arabic press names it (فرانس برس, not AFP).
 */
export const arabicCounter = (counter: string): string =>
	AR_COUNTER_NAMES[counter] ?? publisherName(counter, 'ar');
