/**
 * The map on any day: the slider, the play control and the redraw. Each day's map is
 * `sidesOn(day)` (the story's `controlOn`), applied to the markers drawn at build: a
 * marker's side, shape and `data-control`; then the counts, the date written out and the
 * day's events. The day lives in the address as `#map-YYYY-MM-DD`, replaced, not pushed.
 */
import { markerPath } from '$components/map/palette';
import type { ControlRow } from '$geo/control';
import { dayAt, dayCount, dayFromFragment, dayIndex, mapFragment } from '$lib/explore/dates';
import { countSides, eventsOn, sidesOn, type DayEvent } from '$lib/explore/mapOnDay';
import { CONTROLLER_OF, SIDES } from '$lib/explore/sides';
import { formatDate } from '$story/format';
import type { Locale } from '$story/registry';

interface ExploreJson {
	locale: Locale;
	control: ControlRow[];
	events: DayEvent[];
}

/** The play control's pace: a day per step. */
const PLAY_MS = 350;

/**
 * Shows the explorer's controls and returns what to call with a fragment: a `#map-<day>`
 * naming a real day in range shows that day and brings the section to the top, with no
 * animation; anything else (null: the section came near) changes nothing.
 */
export async function startExplorer(root: HTMLElement): Promise<(hash: string | null) => void> {
	const data = (await (await fetch(root.dataset.src!)).json()) as ExploreJson;
	const words = JSON.parse(root.dataset.words!) as Record<
		'mapOn' | 'play' | 'pause' | 'none',
		string
	>;
	const slider = root.querySelector<HTMLInputElement>('input[type="range"]')!;
	const play = root.querySelector<HTMLButtonElement>('[data-explore-play]')!;
	const title = root.querySelector<HTMLElement>('[data-explore-title]')!;
	const events = root.querySelector<HTMLElement>('[data-explore-events]')!;
	const map = root.querySelector<SVGSVGElement>('[data-explore-map]')!;
	const markers = [...root.querySelectorAll<SVGPathElement>('svg.live [data-place]')];
	const r = 4.5;
	const reduced = matchMedia('(prefers-reduced-motion: reduce)');

	function draw(day: string) {
		const sides = sidesOn(day, data.control);
		for (const marker of markers) {
			const side = sides.get(marker.dataset.place!) ?? null;
			marker.dataset.side = side ?? 'none';
			if (side) marker.dataset.control = side;
			else delete marker.dataset.control;
			marker.setAttribute('d', markerPath(side ? CONTROLLER_OF[side] : null, r));
		}
		const counts = countSides(sides);
		for (const side of SIDES) {
			const count = root.querySelector(`[data-side-count="${side}"]`);
			if (count) count.textContent = String(counts[side]);
		}
		const written = formatDate(day, data.locale);
		title.textContent = words.mapOn.replace('{date}', written);
		map.setAttribute('aria-label', title.textContent);
		slider.value = String(dayIndex(day));
		slider.setAttribute('aria-valuetext', written);
		const today = eventsOn(day, data.events);
		events.replaceChildren(
			...(today.length ? today.map((e) => e.summary) : [words.none]).map((text) => {
				const li = document.createElement('li');
				li.textContent = text;
				return li;
			})
		);
		root.dataset.exploreDate = day;
	}

	/** The fragment this explorer last wrote: its own echo is not a link to follow. */
	let echo = '';
	function remember(day: string) {
		const hash = `#${mapFragment(day)}`;
		if (location.hash === hash) return;
		history.replaceState(history.state, '', hash);
		echo = hash;
		// Tell the story's own hash keeper (src/island/hashSync.ts) the address is ours now.
		window.dispatchEvent(new HashChangeEvent('hashchange'));
	}

	function set(day: string) {
		draw(day);
		remember(day);
	}

	let timer = 0;
	function stop() {
		clearInterval(timer);
		timer = 0;
		play.setAttribute('aria-pressed', 'false');
		play.textContent = words.play;
	}
	play.addEventListener('click', () => {
		if (timer) return stop();
		let i = Number(slider.value);
		if (i >= dayCount() - 1) i = -1;
		play.setAttribute('aria-pressed', 'true');
		play.textContent = words.pause;
		// With reduced motion the map does not animate: play goes to the end in one step.
		if (reduced.matches) {
			set(dayAt(dayCount() - 1));
			return stop();
		}
		timer = window.setInterval(() => {
			i += 1;
			set(dayAt(i));
			if (i >= dayCount() - 1) stop();
		}, PLAY_MS);
	});

	slider.addEventListener('input', () => {
		stop();
		set(dayAt(Number(slider.value)));
	});
	slider.addEventListener('keydown', (event) => {
		// Page keys move a week (the browser's own step for them varies).
		const week = event.key === 'PageUp' ? 7 : event.key === 'PageDown' ? -7 : 0;
		if (!week) return;
		event.preventDefault();
		stop();
		set(dayAt(Number(slider.value) + week));
	});

	root.querySelector<HTMLElement>('[data-explore-controls]')!.hidden = false;
	root.querySelector<HTMLElement>('[data-key-days]')!.hidden = true;
	draw(root.dataset.exploreDate!);

	return (hash) => {
		const day = hash && hash !== echo ? dayFromFragment(hash) : null;
		if (!day) return;
		stop();
		draw(day);
		root.scrollIntoView({ behavior: 'instant', block: 'start' });
	};
}
