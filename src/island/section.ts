/**
 * The island of a section's embed page (`/embed/<slug>/`). The page is static HTML that
 * already shows the section's graphic in its state, so nothing is drawn here: the frame
 * reports its height to the host at once, the share menu answers, and Previous/Next
 * replace the frame's page rather than add to the history the host page's Back button
 * walks. A frame's page is its pym.js parent's only while it keeps its query (the child
 * id and width pym gave it), so the step carries it over.
 */
import { EmbedChannel } from '$lib/embed/channel';
import { reportFrameHeight } from '$lib/embed/frameHeight';
import { listenForShare } from '$lib/share/shareMenu';
import { siteRoot } from './siteRoot';

listenForShare(document, siteRoot());

const frame = document.querySelector<HTMLElement>('[data-embed-frame]');
if (frame) reportFrameHeight(new EmbedChannel(), frame);

document.querySelector('[data-stepper]')?.addEventListener('click', (event) => {
	const link = (event.target as Element).closest<HTMLAnchorElement>('a[href]');
	if (!link || window.parent === window) return;
	event.preventDefault();
	const to = new URL(link.href);
	to.search = location.search;
	location.replace(to.href);
});

// Tests wait for this: the embed is live.
document.documentElement.dataset.tracked = 'true';
