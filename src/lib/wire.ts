/**
 * What crosses from the build to the browser, declared in one place: the data a page
 * hydrates with and the graphic data file each edition ships (graphics.json). The
 * server modules that make these values are typed against this file, so a change to
 * what the browser receives is a change here, not a side effect of server code.
 */
import type { CivilianDeathsData } from '$lib/charts/civilianDeaths';
import type { ControlShareData } from '$lib/charts/controlShare';
import type { DisplacementData } from '$lib/charts/displacement';
import type { EvacuationsData } from '$lib/charts/evacuations';
import type { HostagesData } from '$lib/charts/hostages';
import type { PocketData } from '$lib/charts/pocket';
import type { SourceRef } from '$lib/charts/sources';
import type { SweidaTollData } from '$lib/charts/sweidaToll';
import type { TimelineData } from '$lib/charts/timeline';
import type { ControlRow } from '$geo/control';
import type { Rect } from '$geo/views';
import type { TerritoryCell } from '$geo/voronoi';
import type {
	AreaLabel,
	BaseLayers,
	LocatorData,
	MapEvent,
	MapPlace,
	MapView
} from '$lib/server/mapData';
import type { MapLabels } from '$lib/server/mapLabels';
import type { Locale, ViewId } from '$story/registry';
import type { Step, Story } from '$story/types';
import type { SectionsData } from '$lib/server/sections';

/** Every chart's data for one edition: only what does not depend on the step's date. */
export interface ChartData {
	timeline: TimelineData;
	displacement: DisplacementData;
	controlShare: ControlShareData;
	civilianDeaths: CivilianDeathsData;
	sweidaToll: SweidaTollData;
	evacuations: EvacuationsData;
	hostages: HostagesData;
	pocket: PocketData;
	/** The link table the charts' source lines and tables point into. */
	links: SourceRef[];
}

/** The map, projected once into a FRAME-unit square: geometry, places, control, events. */
export interface MapData {
	frame: number;
	/** Projected bounding box of the occupied Golan, to key it in the legend when it shows. */
	golanBox: Rect;
	views: Record<ViewId, MapView>;
	base: BaseLayers;
	cells: TerritoryCell[];
	places: MapPlace[];
	areaLabels: AreaLabel[];
	control: ControlRow[];
	events: MapEvent[];
	locator: LocatorData;
}

/**
 * What the graphic draws, per edition (graphics.json, fetched by the island): map, label
 * placements, charts, and each step's slug, date, title, graphic state and text
 * alternative (its prose stays in the HTML).
 */
export interface GraphicsData {
	map: MapData;
	mapLabels: MapLabels;
	charts: ChartData;
	steps: Step[];
}

/** A section embed's own data: the edition and its steps without their prose. */
export interface StoryText {
	locale: Locale;
	story: Omit<Story, 'intro' | 'sections'> & { intro: []; sections: null };
	/** Whether the static sections (claims, disagreements, methodology) follow the story. */
	afterStory: boolean;
}

/** A page that draws the whole story: prerendered in full, brought to life by the island. */
export interface StoryPageData {
	locale: Locale;
	story: Story;
	sections: SectionsData | null;
	graphics: GraphicsData;
	/** graphics.json with its content hash, relative to the page. */
	graphicsUrl: string;
	/** The island's module, relative to the page. */
	islandSrc: string;
}

/** What a section's share page needs: its words for the card, nothing else of the story. */
export interface SharePageData {
	locale: Locale;
	slug: string;
	title: string;
	description: string;
	/** The card is the step's graphic: its text alternative, human sentence and state. */
	imageAlt: string;
	date: string | null;
	headline: string;
	ui: Record<string, string>;
}
