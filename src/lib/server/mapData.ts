import type { Bundle } from '$lib/data/types';

/** What the map needs on the client, chosen on the server (the maps issue fills this in). */
export function mapData(bundle: Bundle) {
	void bundle;
	return {};
}

export type MapData = ReturnType<typeof mapData>;
