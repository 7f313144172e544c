/**
 * The child half of NPR's pym.js protocol (v1), as plain functions so it can be
 * tested without a browser. A pym message is one string:
 * `pym` xPYMx <child id> xPYMx <type> xPYMx <payload>. The parent puts the child
 * id, its width and (optionally) its own title and URL in the iframe's query string.
 */

const DELIMITER = 'xPYMx';

/** What the parent told us in the iframe URL. */
export interface ChildParams {
	/** The id pym.Parent routes messages by; null when we were not embedded by pym. */
	id: string | null;
	initialWidth: number | null;
	parentTitle: string | null;
	parentUrl: string | null;
}

/** The parent's answer to `parentPositionInfo`: its viewport size and our iframe's box in it. */
export interface ParentPosition {
	viewportWidth: number;
	viewportHeight: number;
	/** Iframe box relative to the parent's viewport (getBoundingClientRect in the parent). */
	top: number;
	left: number;
	bottom: number;
	right: number;
}

/** Messages we accept from the parent; everything else is ignored. */
export type ParentMessage =
	{ type: 'viewport-iframe-position'; position: ParentPosition } | { type: 'width'; width: number };

/**
 * A child id must survive being pasted into the parent's RegExp and our message
 * strings unchanged: pym ids are element ids, so anything with whitespace, the
 * delimiter or an unusual length is refused rather than guessed at.
 */
function validId(id: string): boolean {
	return id.length > 0 && id.length <= 200 && !/\s/.test(id) && !id.includes(DELIMITER);
}

function positiveInt(value: string | null): number | null {
	if (value === null || !/^\d{1,6}$/.test(value)) return null;
	return Number(value);
}

export function childParams(search: string): ChildParams {
	const params = new URLSearchParams(search);
	const id = params.get('childId');
	return {
		id: id !== null && validId(id) ? id : null,
		initialWidth: positiveInt(params.get('initialWidth')),
		parentTitle: params.get('parentTitle'),
		parentUrl: params.get('parentUrl')
	};
}

/** Message types the child sends. */
export type ChildMessageType = 'height' | 'parentPositionInfo' | 'scrollToChildPos' | 'navigateTo';

export function pymMessage(id: string, type: ChildMessageType, payload = ''): string {
	return ['pym', id, type, payload].join(DELIMITER);
}

const NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

/** The largest screen a host may claim (a 8K display is 4,320 px tall); more is clamped. */
export const MAX_VIEWPORT = 10_000;
/** How far from the host's viewport a frame's edges may be said to be; more is clamped. */
export const MAX_OFFSET = 1_000_000;

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** `"vw vh top left bottom right"`, numbers separated by single spaces, as pym.Parent sends it. */
export function parsePosition(payload: string): ParentPosition | null {
	const parts = payload.split(' ');
	if (parts.length !== 6 || !parts.every((part) => NUMBER.test(part))) return null;
	const [viewportWidth, viewportHeight, top, left, bottom, right] = parts.map(Number) as [
		number,
		number,
		number,
		number,
		number,
		number
	];
	if (viewportWidth <= 0 || viewportHeight <= 0 || bottom < top || right < left) return null;
	// A host claiming a 100,000,000 px screen must not make us lay out a page that tall.
	const offset = (value: number) => clamp(value, -MAX_OFFSET, MAX_OFFSET);
	return {
		viewportWidth: clamp(viewportWidth, 1, MAX_VIEWPORT),
		viewportHeight: clamp(viewportHeight, 1, MAX_VIEWPORT),
		top: offset(top),
		left: offset(left),
		bottom: offset(bottom),
		right: offset(right)
	};
}

/**
 * Reads a message from the parent: only a string, only for our id, only a type we
 * handle, only a payload of the expected shape. Anything else is null.
 */
export function parseParentMessage(data: unknown, id: string): ParentMessage | null {
	if (typeof data !== 'string' || data.length > 500) return null;
	const parts = data.split(DELIMITER);
	if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== id) return null;
	const [, , type, payload] = parts as [string, string, string, string];
	if (type === 'viewport-iframe-position') {
		const position = parsePosition(payload);
		return position && { type, position };
	}
	if (type === 'width') {
		const width = positiveInt(payload);
		return width === null ? null : { type, width };
	}
	return null;
}

/** The size message AMP's amp-iframe listens for (it resizes only on a user gesture or off-screen). */
export function ampSizeMessage(height: number) {
	return { sentinel: 'amp', type: 'embed-size', height };
}

/** The resize message Embedly and Medium listen for: a JSON string naming the frame's URL. */
export function embedlySizeMessage(src: string, height: number): string {
	return JSON.stringify({ src, context: 'iframe.resize', height });
}
