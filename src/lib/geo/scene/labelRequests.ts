import type { MapData } from '$lib/server/mapData';
import type { Locale } from '$story/registry';
import type { LabelRequest } from '../labels';
import { toFrame, type ViewTransform } from '../views';
import { AREA_LABELLED, type StepFocus } from './focus';
import { inFrame, KIND_RANK } from './markers';
import type { SceneMarker } from './types';
import { eventWord, isClaim, wholeName } from './words';

/** A Latin letter: a name not written in Arabic. */
const LATIN = /[A-Za-z]/;

/** Where a region's label may go, as shares of the square from its point, in order of preference. */
const REGION_SHIFTS: [number, number][] = [
	[0, 0],
	[0, 0.05],
	[0, -0.05],
	[-0.05, 0],
	[0.05, 0],
	[0, 0.1],
	[0.05, 0.08],
	[-0.05, 0.08],
	[0.05, -0.08],
	[-0.05, -0.08],
	[0, 0.15],
	[0.1, 0.1],
	[-0.1, 0.1],
	[0.1, 0.05],
	[0.05, 0.13],
	[0.12, 0.15]
];

function splitName(text: string, max: number): string[] {
	if (text.length <= max) return [text];
	const words = text.split(' ');
	const lines: string[] = [];
	let line = '';
	for (const w of words) {
		if (line && (line + ' ' + w).length > max) {
			lines.push(line);
			line = w;
		} else line = line ? `${line} ${w}` : w;
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * Label requests for a step: anchors in the unit square, sizes in px (see labels.ts).
 * `alternatives` gets the place of each request whose id is not the place's own.
 */
export function labelRequests(
	data: MapData,
	state: { date: string },
	locale: Locale,
	focus: StepFocus,
	markers: readonly SceneMarker[],
	transform: ViewTransform,
	show: { labels: boolean; m5: boolean },
	alternatives: Map<string, string>
): LabelRequest[] {
	const { frame } = data;
	const { direct, highlighted, eventOf, namedParts, areaNamed } = focus;
	const placeById = new Map(data.places.map((p) => [p.id, p]));
	const requests: LabelRequest[] = [];
	for (const m of markers) {
		const place = placeById.get(m.id)!;
		if (!show.labels && !m.highlighted) continue;
		const event = eventOf.get(m.id);
		const word = event ? eventWord(event, m.id, data, state.date, locale) : '';
		const name = wholeName(place, namedParts, locale);
		// A place with no name in the edition's script (no Arabic name found yet: the data
		// falls back to the English) is left unlabelled there, unless the step is about it.
		if (locale === 'ar' && LATIN.test(name) && !m.ringed) continue;
		const text = word ? `${name} · ${word}` : name;
		const request: LabelRequest = {
			id: m.id,
			x: m.fx / frame,
			y: m.fy / frame,
			text,
			// Long names and event words wrap, so a label fits the narrowest phone stage.
			lines: word
				? [...splitName(name, 16), ...splitName(word, 16)]
				: text.length > 16
					? splitName(text, 16)
					: undefined,
			mustShow: m.ringed,
			priority:
				(direct.has(m.id) ? -10 : event ? 0 : m.highlighted ? 10 : 20) + KIND_RANK[place.kind],
			size: m.highlighted ? 13 : 12,
			bold: m.highlighted,
			radius: m.radius
		};
		if (word && m.ringed && !isClaim(word)) {
			// Where the name and the event's word fit nowhere clear, the name alone may: the
			// marker's symbol still says what happened there (the key), and a shorter label
			// beats one under the date or none at all. Not a claim: who claims it is the point.
			const named = `${m.id}@name`;
			alternatives.set(named, m.id);
			requests.push(
				{ ...request, group: `place:${m.id}` },
				{
					...request,
					id: named,
					group: `place:${m.id}`,
					marker: m.id,
					text: name,
					lines: name.length > 16 ? splitName(name, 16) : undefined,
					priority: request.priority + 0.002
				}
			);
			continue;
		}
		if (request.lines || !text.includes(' ')) {
			requests.push(request);
			continue;
		}
		// A short name of several words may also be broken over lines: narrower, it fits on
		// the free side of a marker in a cluster, where on one line it would sit by another.
		const wrapped = `${m.id}@2`;
		alternatives.set(wrapped, m.id);
		requests.push(
			{ ...request, group: `place:${m.id}` },
			{
				...request,
				id: wrapped,
				group: `place:${m.id}`,
				marker: m.id,
				lines: splitName(text, Math.ceil(text.length / 2)),
				priority: request.priority + 0.001
			}
		);
	}
	// Regions and valleys the step names: a centred italic label, no marker.
	for (const p of data.places) {
		if (p.marked || !highlighted.has(p.id)) continue;
		if (AREA_LABELLED.has(p.id) && !direct.has(p.id)) continue;
		const [fx, fy] = toFrame([p.x, p.y], transform);
		if (!inFrame([fx, fy], frame, 0)) continue;
		const lines = splitName(p.name[locale], AREA_LABELLED.has(p.id) ? 8 : 16);
		// A region's point is only its middle: the label may sit a little off it (first
		// that fits) when the middle is under the date or near an edge.
		REGION_SHIFTS.forEach(([sx, sy], i) => {
			const id = i === 0 ? p.id : `${p.id}@${i}`;
			alternatives.set(id, p.id);
			requests.push({
				id,
				group: `region:${p.id}`,
				x: fx / frame + sx,
				y: fy / frame + sy,
				text: p.name[locale],
				lines,
				priority: (direct.has(p.id) ? -12 : 5) + i * 0.01,
				mustShow: direct.has(p.id),
				size: 12,
				radius: 0
			});
		});
	}
	const markerNames = new Set(markers.map((m) => placeById.get(m.id)!.name[locale]));
	for (const a of data.areaLabels) {
		if (!show.labels || areaNamed.has(a.id)) continue;
		if (a.kind === 'road' && !show.m5) continue;
		const upper = a.kind === 'country' || a.kind === 'governorate';
		const text = upper ? a.name[locale].toUpperCase() : a.name[locale];
		// Arabic has no capitals to set a governorate apart from its city: where the city is
		// on the map, a second «درعا» would read as a second town.
		if (a.kind === 'governorate' && text === a.name[locale] && markerNames.has(text)) continue;
		a.at.forEach((at, i) => {
			const [fx, fy] = toFrame(at, transform);
			if (!inFrame([fx, fy], frame, -40)) return;
			requests.push({
				id: `area:${a.id}:${i}`,
				group: a.id,
				x: fx / frame,
				y: fy / frame,
				text,
				lines: splitName(text, a.kind === 'golan' ? 14 : 18),
				// The Golan's status is part of the story: it is labelled before any town.
				priority:
					(a.kind === 'golan' ? 1 : a.kind === 'country' ? 30 : a.kind === 'road' ? 45 : 40) +
					i * 0.01,
				size: a.kind === 'water' || a.kind === 'road' ? 11 : 12,
				bold: a.kind !== 'water' && a.kind !== 'road',
				radius: 0
			});
		});
	}
	return requests;
}
