import type { ParamMatcher } from '@sveltejs/kit';
import { LOCALES } from '$story/registry';
import { EDITIONS } from '$story/editions';

/** `[[locale=locale]]` matches the folder of an edition that does not live at the root. */
export const match: ParamMatcher = (param) =>
	LOCALES.some((l) => EDITIONS[l].segment !== '' && EDITIONS[l].segment === param);
