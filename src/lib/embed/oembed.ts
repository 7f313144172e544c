import { escapeHtml } from './snippets';

/**
 * oEmbed 1.0 `rich` response for one embeddable page. The `html` is a single
 * iframe (WordPress and others accept only that as the outer element); `width` is
 * the widest the embed wants and `height` a sensible starting height.
 */
export interface OEmbed {
	version: '1.0';
	type: 'rich';
	title: string;
	provider_name: string;
	provider_url: string;
	author_name: string;
	html: string;
	width: number;
	height: number;
	thumbnail_url: string;
	thumbnail_width: number;
	thumbnail_height: number;
}

export interface OEmbedInput {
	title: string;
	/** Absolute URL of the embed page the iframe loads. */
	src: string;
	providerName: string;
	providerUrl: string;
	authorName: string;
	thumbnailUrl: string;
	thumbnailWidth: number;
	thumbnailHeight: number;
	width: number;
	height: number;
}

export function oembed(input: OEmbedInput): OEmbed {
	return {
		version: '1.0',
		type: 'rich',
		title: input.title,
		provider_name: input.providerName,
		provider_url: input.providerUrl,
		author_name: input.authorName,
		html:
			`<iframe src="${escapeHtml(input.src)}" title="${escapeHtml(input.title)}" ` +
			`width="${input.width}" height="${input.height}" style="border:0;max-width:100%" ` +
			`loading="lazy"></iframe>`,
		width: input.width,
		height: input.height,
		thumbnail_url: input.thumbnailUrl,
		thumbnail_width: input.thumbnailWidth,
		thumbnail_height: input.thumbnailHeight
	};
}
