import { hydrate, unmount, type Component } from 'svelte';
import type { Attachment } from 'svelte/attachments';

/**
 * What a reader does on the way to a control, before any click on it lands. Not
 * pointerover: an element scrolled under a resting mouse gets one, and waking every
 * control the reader scrolls past would cost a long task each.
 */
const APPROACH = ['pointermove', 'pointerdown', 'focusin'] as const;

/**
 * Static markup rendered at build (a share menu, the embed codes) comes alive the first
 * time a pointer or the keyboard reaches into the element, instead of while the page
 * starts: most readers never use these controls, and each one hydrated at start is work
 * on a phone's main thread before the story can scroll. `props` is read when it wakes.
 */
export function hydrateOnApproach<Props extends Record<string, unknown>>(
	selector: string,
	component: Component<Props>,
	props: () => Props
): Attachment<HTMLElement> {
	return (element) => {
		let live: Record<string, unknown> | null = null;
		const stopListening = () => {
			for (const type of APPROACH) element.removeEventListener(type, wake);
		};
		function wake() {
			stopListening();
			const target = element.querySelector(selector);
			if (target) live = hydrate(component, { target, props: props() });
		}
		for (const type of APPROACH) element.addEventListener(type, wake);
		return () => {
			stopListening();
			if (live) void unmount(live);
		};
	};
}
