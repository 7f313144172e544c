import { geoMercator, type GeoProjection } from 'd3-geo';

/** The logical drawing space: every projected coordinate lies in [0, FRAME]². */
export const FRAME = 1000;

/** The crop of the bundled geodata (data/geo): lon 34.8–37.6, lat 31.8–34.0. */
export const CROP: [[number, number], [number, number]] = [
	[34.8, 31.8],
	[37.6, 34.0]
];

/**
 * The one projection of the story map, fixed to the crop so every view, cell and
 * point is projected once on the server. Mercator keeps shapes true at this scale
 * (the crop spans 2° of latitude, so the scale varies by under 3%).
 */
export function southProjection(): GeoProjection {
	const [[w, s], [e, n]] = CROP;
	const box = {
		type: 'Polygon' as const,
		coordinates: [
			[
				[w, s],
				[w, n],
				[e, n],
				[e, s],
				[w, s]
			]
		]
	};
	return geoMercator().fitExtent(
		[
			[0, 0],
			[FRAME, FRAME]
		],
		box
	);
}

/** Kilometres per projected unit at a latitude (Mercator stretches by 1/cos φ). */
export function kmPerUnit(projection: GeoProjection, lat: number): number {
	const earthKm = 6371.0088;
	return (earthKm * Math.cos((lat * Math.PI) / 180)) / projection.scale();
}
