import type { MapController } from '$geo/control';
import type { Localized } from '$lib/data/types';

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
	government: { en: 'Government', fr: 'Gouvernement' },
	reconciled: { en: 'Surrendered under a deal', fr: 'Reddition par accord' },
	rebels: { en: 'Rebels', fr: 'Rebelles' },
	jkw: {
		en: 'IS affiliate (Khalid ibn al-Walid Army)',
		fr: 'Affilié à l’EI (armée Khalid ibn al-Walid)'
	},
	contested: { en: 'Contested', fr: 'Disputé' }
};

/** Short names for the phone legend. */
export const CONTROLLER_SHORT: Record<MapController, Localized> = {
	government: { en: 'Government', fr: 'Gouvernement' },
	reconciled: { en: 'Deal', fr: 'Accord' },
	rebels: { en: 'Rebels', fr: 'Rebelles' },
	jkw: { en: 'IS affiliate', fr: 'Affilié EI' },
	contested: { en: 'Contested', fr: 'Disputé' }
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
