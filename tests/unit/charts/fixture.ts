import bundleJson from '$lib/generated/bundle.json';
import type { Bundle } from '$lib/data/types';

/** The compiled dataset the site is built from: the charts must tell its story correctly. */
export const dataset = (bundleJson as unknown as Bundle).dataset;
