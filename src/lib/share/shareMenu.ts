import { PYM_PATH, absoluteUrl } from '$lib/embed/paths';
import { iframeSnippet, pymSnippet } from '$lib/embed/snippets';
import { SITE_URL } from '$lib/site';

/** The page's one share menu (ShareMenu), opened by every step's Share button. */
export const SHARE_MENU_ID = 'share-menu';

/** Height of a section embed's plain iframe, as its codes give it. */
const SECTION_EMBED_HEIGHT = 640;

/**
 * The prerendered page names the published address (PUBLIC_SITE_URL); what a reader copies
 * from a running page names the address they are on (a staging copy, a mirror or the
 * published site alike). `siteRoot` is the site's root as this page was loaded.
 */
function here(text: string, siteRoot: URL | null): string {
	return siteRoot ? text.replaceAll(SITE_URL, siteRoot.href) : text;
}

/** Fills the share menu in for the step whose button (StepBody) opened it. */
function fillMenu(menu: HTMLElement, button: HTMLElement, siteRoot: URL | null) {
	const { share: slug = 'story' } = button.dataset;
	const shareUrl = here(button.dataset.shareUrl ?? '', siteRoot);
	const shareTitle = button.dataset.shareTitle ?? '';
	const shareEmbed = button.dataset.shareEmbed && here(button.dataset.shareEmbed, siteRoot);
	menu.dataset.url = shareUrl;
	menu.dataset.title = shareTitle;
	menu.setAttribute('aria-label', `${menu.dataset.label}: ${shareTitle}`);
	const link = menu.querySelector<HTMLInputElement>('[data-share-link]');
	if (link) link.value = shareUrl;
	if (shareEmbed) {
		const input = {
			src: shareEmbed,
			pymSrc: here(absoluteUrl(PYM_PATH), siteRoot),
			title: shareTitle,
			id: slug,
			fallbackHeight: SECTION_EMBED_HEIGHT
		};
		const codes: Record<string, string> = {
			pym: pymSnippet(input),
			iframe: iframeSnippet(input)
		};
		for (const area of menu.querySelectorAll<HTMLTextAreaElement>('[data-embed-code]')) {
			area.value = codes[area.dataset.embedCode ?? ''] ?? area.value;
		}
	}
	for (const status of menu.querySelectorAll('[role="status"]')) status.textContent = '';
}

/** Copies the text of the field a `data-copy` button names; selects it where copying is refused. */
async function copy(button: HTMLElement) {
	const field = document.getElementById(button.dataset.copy ?? '') as
		HTMLInputElement | HTMLTextAreaElement | null;
	if (!field) return;
	try {
		await navigator.clipboard.writeText(field.value);
		const status = button.closest('[data-copy-scope]')?.querySelector('[role="status"]');
		if (status) status.textContent = button.dataset.copied ?? '';
	} catch {
		field.focus();
		field.select();
	}
}

/**
 * One set of listeners for every share control on the page: a step's Share button fills
 * the menu in before the popover opens (a click runs before the button's popover action),
 * copy buttons copy, the share-sheet button hands the link to the system, and a focused
 * link or code is selected whole. Returns what stops them.
 */
export function listenForShare(root: Document = document, siteRoot: URL | null = null): () => void {
	const menu = root.getElementById(SHARE_MENU_ID);
	for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
		'[data-share-link], [data-embed-code]'
	)) {
		field.value = here(field.value, siteRoot);
	}
	const shareVia = menu?.querySelector<HTMLElement>('[data-share-via]');
	if (shareVia && typeof navigator.share === 'function') shareVia.hidden = false;

	const onClick = (event: MouseEvent) => {
		const target = (event.target as Element).closest<HTMLElement>(
			'[data-share], [data-copy], [data-share-via]'
		);
		if (!target) return;
		if (target.dataset.share !== undefined && menu) fillMenu(menu, target, siteRoot);
		else if (target.dataset.copy !== undefined) void copy(target);
		else if (menu) {
			const { title = '', url = '' } = menu.dataset;
			// The reader closing the share sheet rejects; nothing to do.
			navigator.share({ title, url }).catch(() => {});
		}
	};
	const onFocus = (event: FocusEvent) => {
		const field = event.target as Element;
		if (field.matches('[data-share-link], [data-embed-code]')) (field as HTMLInputElement).select();
	};
	root.addEventListener('click', onClick);
	root.addEventListener('focusin', onFocus);
	return () => {
		root.removeEventListener('click', onClick);
		root.removeEventListener('focusin', onFocus);
	};
}
