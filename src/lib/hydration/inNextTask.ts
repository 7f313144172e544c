import { hydrate, unmount, type Component } from 'svelte';
import type { Attachment } from 'svelte/attachments';

/**
 * Hydrates a part the server rendered on its own (see $lib/server/staticRegions) a task
 * after the component around it: hydrating a whole story page at once is one task long
 * enough to keep a phone from answering the reader, so its larger parts come alive in
 * tasks of their own. `props` must give what the server rendered the part with, and is
 * read when the part wakes; `onLive` runs once it is hydrated.
 */
export function hydrateInNextTask<Props extends Record<string, unknown>>(
	selector: string,
	component: Component<Props>,
	props: () => Props,
	onLive?: () => void
): Attachment<HTMLElement> {
	return (element) => {
		let live: Record<string, unknown> | null = null;
		const handle = setTimeout(() => {
			const target = element.querySelector<HTMLElement>(selector);
			if (!target) return;
			live = hydrate(component, { target, props: props() });
			onLive?.();
		});
		return () => {
			clearTimeout(handle);
			if (live) void unmount(live);
		};
	};
}
