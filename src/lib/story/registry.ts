/**
 * The vocabulary a step may use to declare its graphic state. The compile step
 * rejects any value not listed here, so a typo in the story file stops the build
 * instead of drawing a blank graphic.
 */
export const GRAPHICS = [
	'map',
	'timeline',
	'displacement',
	'control-share',
	'civilian-deaths',
	'sweida-toll',
	'evacuations',
	'hostages',
	'pocket'
] as const;

export const VIEWS = [
	'south',
	'east-daraa',
	'daraa-city',
	'nasib',
	'quneitra',
	'yarmouk',
	'sweida'
] as const;

export const LAYERS = ['control', 'areas', 'events', 'arrows', 'locator', 'labels'] as const;

export const LOCALES = ['en', 'fr', 'ar'] as const;

export type GraphicId = (typeof GRAPHICS)[number];
export type ChartId = Exclude<GraphicId, 'map'>;
export type ViewId = (typeof VIEWS)[number];
export type LayerId = (typeof LAYERS)[number];
export type Locale = (typeof LOCALES)[number];

export function isGraphic(value: string): value is GraphicId {
	return (GRAPHICS as readonly string[]).includes(value);
}
export function isView(value: string): value is ViewId {
	return (VIEWS as readonly string[]).includes(value);
}
export function isLayer(value: string): value is LayerId {
	return (LAYERS as readonly string[]).includes(value);
}
export function isLocale(value: string): value is Locale {
	return (LOCALES as readonly string[]).includes(value);
}
