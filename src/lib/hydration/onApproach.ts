import { hydrate, unmount, type Component } from 'svelte';
import type { Attachment } from 'svelte/attachments';

/**
 * What a reader does on the way to a control, before any click on it lands. Not
 * pointerover: an element scrolled under a resting mouse gets one, and waking every
 * control the reader scrolls past would cost a long task each.
 */
const APPROACH = ['pointermove', 'pointerdown', 'focusin'] as const;

/**
 * Static markup rendered at build (a step's share menu, the embed codes) comes alive the
 * first time a pointer or the keyboard reaches into the `item` around it, instead of
 * while the page starts: most readers never use these controls, and each one hydrated at
 * start is work on a phone's main thread before the story can scroll. One set of
 * listeners on the element serves every item in it (each step card has its own menu), so
 * `item` names elements inside it; `props` is read when an item's control wakes.
 */
export function hydrateOnApproach<Props extends Record<string, unknown>>(
	item: string,
	selector: string,
	component: Component<Props>,
	props: (item: HTMLElement) => Props
): Attachment<HTMLElement> {
	return (element) => {
		const live = new Map<HTMLElement, Record<string, unknown>>();
		function wake(event: Event) {
			const reached = (event.target as Element).closest<HTMLElement>(item);
			if (!reached || live.has(reached)) return;
			const target = reached.querySelector(selector);
			if (target) live.set(reached, hydrate(component, { target, props: props(reached) }));
		}
		for (const type of APPROACH) element.addEventListener(type, wake);
		return () => {
			for (const type of APPROACH) element.removeEventListener(type, wake);
			for (const mounted of live.values()) void unmount(mounted);
		};
	};
}
