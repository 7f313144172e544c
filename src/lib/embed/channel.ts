import {
	ampSizeMessage,
	childParams,
	embedlySizeMessage,
	parseParentMessage,
	pymMessage,
	type ChildParams,
	type ParentMessage
} from './pym';

/**
 * The embed's line to the page that frames it. It sends our height in the dialects
 * of hosts without pym.js (AMP, Embedly/Medium; pym's own height messages come from
 * pym.Child, see frameHeight) and passes on only the parent messages pym.ts accepts,
 * and only when they come from our own parent window. Nothing received is ever
 * evaluated; the host may be on any origin.
 */
export class EmbedChannel {
	readonly params: ChildParams;
	/** True inside an iframe (or any frame): there is a parent to talk to. */
	readonly framed: boolean;
	#win: Window;
	#lastHeight = -1;
	#listeners = new Set<(message: ParentMessage) => void>();

	constructor(win: Window = window) {
		this.#win = win;
		this.params = childParams(win.location.search);
		this.framed = win.parent !== win;
		win.addEventListener('message', this.#onMessage);
	}

	#post(message: unknown) {
		// Sizes and scroll requests are not secrets, and the host's origin is not known in advance.
		if (this.framed) this.#win.parent.postMessage(message, '*');
	}

	#onMessage = (event: MessageEvent) => {
		if (!this.framed || event.source !== this.#win.parent || !this.params.id) return;
		const message = parseParentMessage(event.data, this.params.id);
		if (message) for (const listener of this.#listeners) listener(message);
	};

	/** Reports the content height to AMP and Embedly hosts, once per change. */
	postHeight(height: number) {
		const rounded = Math.ceil(height);
		if (rounded === this.#lastHeight || rounded <= 0) return;
		this.#lastHeight = rounded;
		this.#post(ampSizeMessage(rounded));
		this.#post(embedlySizeMessage(this.#win.location.href, rounded));
	}

	/** Asks a pym parent where its viewport is; it answers with `viewport-iframe-position`. */
	requestPosition() {
		if (this.params.id) this.#post(pymMessage(this.params.id, 'parentPositionInfo'));
	}

	/** Asks a pym parent to scroll so that this y offset inside the frame is at its top. */
	scrollToChildPos(y: number) {
		if (this.params.id)
			this.#post(pymMessage(this.params.id, 'scrollToChildPos', String(Math.round(y))));
	}

	onParentMessage(listener: (message: ParentMessage) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	destroy() {
		this.#win.removeEventListener('message', this.#onMessage);
		this.#listeners.clear();
	}
}
