import { escapeHtml } from '$lib/embed/snippets';

/**
 * `<meta>` tags as HTML, for head blocks written at build only (see StoryMeta): each
 * `[attribute, key, content]` becomes `<meta attribute="key" content="…">`, escaped.
 */
export function metaTags(
	tags: readonly (readonly ['property' | 'name', string, string])[]
): string {
	return tags
		.map(
			([attr, key, content]) =>
				`<meta ${attr}="${escapeHtml(key)}" content="${escapeHtml(content)}">`
		)
		.join('');
}
