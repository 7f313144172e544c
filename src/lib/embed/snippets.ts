/**
 * Embed codes an editor pastes into a CMS. Pure string building so the exact
 * output is tested; every URL is absolute because the code runs on the host's page.
 */

export interface EmbedSnippetInput {
	/** Absolute URL of the embed page. */
	src: string;
	/** Absolute URL of our copy of pym.js. */
	pymSrc: string;
	/** Shown to screen readers as the iframe's name. */
	title: string;
	/** Used to make the container id unique on a page that embeds several sections. */
	id: string;
	/** Height of the plain iframe, for hosts that run no script. */
	fallbackHeight: number;
}

/** HTML-escapes text for an attribute value or element content. */
export function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;');
}

/** A JavaScript string literal that cannot close the surrounding script element. */
function jsString(text: string): string {
	return JSON.stringify(text).replace(/</g, '\\u003c');
}

/** Element ids are pasted into the host page, so keep them to a safe, predictable alphabet. */
export function containerId(id: string): string {
	return `deraa-2018-${id.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}`.replace(/-+$/, '');
}

/**
 * The responsive embed: a container and pym.js, which sizes the iframe to the
 * story and tells it where the reader's screen is. `new pym.Parent(id, url, {})`
 * is the default form most newsroom CMSs already use.
 */
export function pymSnippet({ src, pymSrc, title, id }: EmbedSnippetInput): string {
	const container = containerId(id);
	return [
		`<div id="${container}"><a href="${escapeHtml(src)}">${escapeHtml(title)}</a></div>`,
		`<script src="${escapeHtml(pymSrc)}"></script>`,
		`<script>new pym.Parent(${jsString(container)}, ${jsString(src)}, { title: ${jsString(title)} });</script>`
	].join('\n');
}

/** For hosts that strip scripts: a fixed-height iframe that scrolls on its own. */
export function iframeSnippet({ src, title, fallbackHeight }: EmbedSnippetInput): string {
	return (
		`<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" ` +
		`height="${Math.round(fallbackHeight)}" style="border:0;width:100%;max-width:100%" ` +
		`loading="lazy" allow="clipboard-write; web-share"></iframe>`
	);
}
