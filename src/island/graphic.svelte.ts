import { mount } from 'svelte';
import Graphic from '$components/graphic/Graphic.svelte';
import { mapScene, sceneKey } from '$geo/scene';
import type { GraphicsData } from '$lib/wire';
import type { Locale } from '$story/registry';
import type { Step } from '$story/types';

/** Moves the live graphic to a step; `animate` is false for jumps. */
export type ShowStep = (step: Step, animate: boolean) => void;

/** Lets the browser run what is waiting (a frame, an input) before the next piece of work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/**
 * Builds the map scene of `step` (projected markers, territory cells, labels) in a task
 * of its own: mapScene keeps it, so the mount that follows finds it built, and a phone
 * meets two shorter tasks instead of one long one.
 */
export async function prepareScene(graphics: GraphicsData, locale: Locale, step: Step) {
	const { state } = step;
	if (state.graphic !== 'map') return;
	await nextTask();
	mapScene(graphics.map, state, locale, graphics.mapLabels?.[sceneKey(state)]);
	await nextTask();
}

/**
 * Mounts the live graphic in the stage, in place of the prerendered first state, drawn
 * at once for `step` (the step the reader is on, which a section link makes any step).
 * The stage keeps its size, so nothing around it moves.
 */
export function mountGraphic(
	stage: HTMLElement,
	graphics: GraphicsData,
	locale: Locale,
	initial: Step,
	sticky: boolean
): ShowStep {
	let step = $state.raw(initial);
	let animate = $state(false);
	stage.replaceChildren();
	mount(Graphic, {
		target: stage,
		props: {
			get step() {
				return step;
			},
			get animate() {
				return animate;
			},
			locale,
			graphics,
			// The sticky graphic draws the next steps' charts while idle; a card's own does not.
			steps: sticky ? graphics.steps : undefined
		}
	});
	return (next, eased) => {
		step = next;
		animate = eased;
	};
}
