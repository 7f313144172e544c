/** Governorates and other areas as the French edition names them (AFP usage). */
const FR: Record<string, string> = {
	Aleppo: 'Alep',
	'Amman (Jordan)': 'Amman (Jordanie)',
	Damascus: 'Damas',
	Daraa: 'Deraa',
	Hama: 'Hama',
	Homs: 'Homs',
	Idlib: 'Idleb',
	'Irbid (Jordan)': 'Irbid (Jordanie)',
	Israel: 'Israël',
	Jordan: 'Jordanie',
	Quneitra: 'Qouneitra',
	'Rif Dimashq': 'Rif Dimachq',
	Sweida: 'Soueida',
	international: 'Hors de Syrie',
	national: 'Syrie entière'
};

/** As the Arabic press names them (the story's own forms: درعا، القنيطرة، السويداء). */
const AR: Record<string, string> = {
	Aleppo: 'حلب',
	'Amman (Jordan)': 'عمّان (الأردن)',
	Damascus: 'دمشق',
	Daraa: 'درعا',
	Hama: 'حماة',
	Homs: 'حمص',
	Idlib: 'إدلب',
	'Irbid (Jordan)': 'إربد (الأردن)',
	Israel: 'إسرائيل',
	Jordan: 'الأردن',
	Quneitra: 'القنيطرة',
	'Rif Dimashq': 'ريف دمشق',
	Sweida: 'السويداء',
	international: 'خارج سوريا',
	national: 'سوريا كلها'
};

const EN: Record<string, string> = { international: 'Outside Syria', national: 'All of Syria' };

/** The three governorates of the offensive first, then the rest as the data lists them. */
export const GOVERNORATE_ORDER = ['Daraa', 'Quneitra', 'Sweida'];

export function governorateName(governorate: string, locale: string): string {
	if (locale === 'fr') return FR[governorate] ?? governorate;
	if (locale === 'ar') return AR[governorate] ?? governorate;
	return EN[governorate] ?? governorate;
}
