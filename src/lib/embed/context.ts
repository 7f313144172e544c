import { getContext, setContext } from 'svelte';
import type { EmbedChannel } from './channel';

const KEY = Symbol('embed-channel');

/** The embed layout owns the one channel to the host; pages under it share it. */
export function setEmbedChannel(channel: EmbedChannel | null) {
	setContext(KEY, channel);
}

export function getEmbedChannel(): EmbedChannel | null {
	return getContext<EmbedChannel | null>(KEY) ?? null;
}
