import { toUtc } from './dates';

/** Day → Date for D3 time scales (UTC midnight, so no time zone shifts a day). */
export const day = toUtc;

/** Chart colours: the Okabe–Ito palette, safe for the common colour-vision deficiencies. */
export const COLOURS = {
	blue: '#0072B2',
	vermillion: '#D55E00',
	green: '#009E73',
	purple: '#CC79A7',
	orange: '#E69F00',
	sky: '#56B4E9',
	ink: '#1d1d1f',
	muted: '#6b6a66',
	faint: '#c9c6bf'
} as const;
