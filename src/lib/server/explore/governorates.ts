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

const EN: Record<string, string> = { international: 'Outside Syria', national: 'All of Syria' };

/** The three governorates of the offensive first, then the rest as the data lists them. */
export const GOVERNORATE_ORDER = ['Daraa', 'Quneitra', 'Sweida'];

export function governorateName(governorate: string, locale: string): string {
	if (locale === 'fr') return FR[governorate] ?? governorate;
	return EN[governorate] ?? governorate;
}
