import type { MapController } from '$geo/control';
import type { SceneLabel } from '$geo/scene';
import type { Localized } from '$lib/data/types';
import type { Locale } from '$story/registry';

/**
 * Control colours: red government, blue rebels, near-black IS affiliate, told apart
 * by lightness as well as hue so they survive colour blindness and greyscale, and
 * always paired with a marker shape (filled circle, hollow circle, square, triangle).
 */
export const CONTROLLERS: MapController[] = [
	'government',
	'reconciled',
	'rebels',
	'jkw',
	'contested'
];

export const CONTROLLER_NAMES: Record<MapController, Localized> = {
	government: { en: 'Government', fr: 'Gouvernement', ar: 'الحكومة' },
	reconciled: {
		en: 'Surrendered under a deal',
		fr: 'Reddition par accord',
		ar: 'استسلام بموجب اتفاق'
	},
	rebels: { en: 'Rebels', fr: 'Rebelles', ar: 'المعارضة' },
	jkw: {
		en: 'IS affiliate (Khalid ibn al-Walid Army)',
		fr: 'Affilié à l’EI (Armée Khaled Ben al-Walid)',
		ar: 'فرع تنظيم الدولة الإسلامية (جيش خالد بن الوليد)'
	},
	contested: { en: 'Contested', fr: 'Disputé', ar: 'متنازع عليها' }
};

/** Names for the phone legend: shorter where the full name is long. */
export const CONTROLLER_SHORT: Record<MapController, Localized> = {
	...CONTROLLER_NAMES,
	reconciled: { en: 'Deal', fr: 'Accord', ar: 'اتفاق' },
	jkw: { en: 'IS affiliate', fr: 'Affilié EI', ar: 'فرع التنظيم' }
};

/** Marker outline path for a controller, centred on 0,0, for a half-size r. */
export function markerPath(controller: MapController | null, r: number): string {
	switch (controller) {
		case 'rebels': {
			const s = r * 0.9;
			return `M${-s} ${-s}H${s}V${s}H${-s}Z`;
		}
		case 'jkw': {
			const h = r * 1.15;
			return `M0 ${-h}L${h} ${h * 0.75}H${-h}Z`;
		}
		case 'contested':
			return `M0 ${-r * 1.1}L${r * 1.1} 0L0 ${r * 1.1}L${-r * 1.1} 0Z`;
		default:
			return `M${-r} 0A${r} ${r} 0 1 0 ${r} 0A${r} ${r} 0 1 0 ${-r} 0Z`;
	}
}

export interface MarkerStyle {
	fill: string;
	stroke: string;
	strokeWidth: number;
}

/** Settlement marker paint by controller ('neutral' when the step does not show control). */
export const MARKER_STYLES: Record<MapController | 'neutral', MarkerStyle> = {
	neutral: { fill: '#5f5d58', stroke: '#fff', strokeWidth: 1 },
	government: { fill: '#a8271d', stroke: '#fff', strokeWidth: 1 },
	reconciled: { fill: '#fff', stroke: '#a8271d', strokeWidth: 2 },
	rebels: { fill: '#1f6aa5', stroke: '#fff', strokeWidth: 1 },
	jkw: { fill: '#1d1d1f', stroke: '#fff', strokeWidth: 1 },
	contested: { fill: '#9a7400', stroke: '#fff', strokeWidth: 1 }
};

export type LabelKind = SceneLabel['kind'];

export interface LabelStyle {
	color: string;
	weight: 400 | 700;
	italic: boolean;
	/** Tracking, em. */
	spacing: number;
}

/** Map label type by kind: areas in spaced capitals or italics, places the step is about in bold. */
export const LABEL_STYLES: Record<LabelKind, LabelStyle> = {
	place: { color: '#1d1d1f', weight: 400, italic: false, spacing: 0 },
	highlight: { color: '#1d1d1f', weight: 700, italic: false, spacing: 0 },
	event: { color: '#7d1d13', weight: 700, italic: false, spacing: 0 },
	country: { color: '#55524c', weight: 700, italic: false, spacing: 0.08 },
	governorate: { color: '#5c5850', weight: 700, italic: false, spacing: 0.06 },
	golan: { color: '#3b3934', weight: 700, italic: false, spacing: 0 },
	water: { color: '#1f5f93', weight: 400, italic: true, spacing: 0 },
	road: { color: '#6b5228', weight: 400, italic: true, spacing: 0 },
	region: { color: '#3b3934', weight: 400, italic: true, spacing: 0 }
};

/** Halo drawn around map text so it stays legible (AA) over any fill. */
export const LABEL_HALO = '#fff';
/** Convoy arrows and the destination they point to. */
export const CONVOY_COLOUR = '#7d1d13';

/** Words of the map key that are not controller names. */
export const KEY_WORDS: Record<
	Locale,
	{ disputed: string; areas: string; golan: string; approx: string; more: string }
> = {
	en: {
		approx: 'Approximate location',
		disputed: 'date disputed',
		areas: 'Areas are approximate',
		golan: 'Israeli-occupied Golan',
		more: 'More keys'
	},
	fr: {
		approx: 'Emplacement approximatif',
		disputed: 'date contestée',
		areas: 'Zones approximatives',
		golan: 'Golan occupé par Israël',
		more: 'Suite de la légende'
	},
	ar: {
		approx: 'موقع تقريبي',
		disputed: 'تاريخ متنازع عليه',
		areas: 'المناطق تقريبية',
		golan: 'الجولان الذي تحتله إسرائيل',
		more: 'بقية مفتاح الخريطة'
	}
};

/**
 * The halo around a marker whose point is an estimate or derived (confidence
 * "approx"): the place is somewhere about there. Keyed as "approximate location".
 */
export const APPROX_HALO = { extra: 4, fill: '#1d1d1f', opacity: 0.18 } as const;
