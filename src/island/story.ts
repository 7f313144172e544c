/**
 * The story's one island: the page is static HTML (masthead, introduction, every step,
 * the first graphic state, the sections after the story), and this module brings it to
 * life at once, without waiting for the reader. It tracks the active step from where the
 * steps are on screen (scrollama's triggers, then geometry), moves Previous/Next and the
 * count along, keeps the URL fragment in step, answers the share controls, fetches the
 * graphic's data and mounts the live graphic in the stage. In the whole-story embed the
 * host page's viewport (pym messages) drives the same tracker, and the frame reports its
 * height at once. If the graphic's data cannot load, the page says so and everything else
 * keeps working.
 */
import { slugFromHash } from '$lib/scroll/activeStep';
import { trackSteps, type StepPosition } from '$lib/scroll/stepTracker';
import { windowViewport } from '$lib/scroll/viewport';
import type { GraphicsData } from '$lib/wire';
import { listenForShare } from '$lib/share/shareMenu';
import type { Locale } from '$story/registry';
import { mountGraphic, prepareScene, type ShowStep } from './graphic.svelte';
import { hashSync } from './hashSync';
import { keyboardPaths, redirectedFocus } from './keyboard';
import { siteRoot } from './siteRoot';
import { followLanguageSwitch } from './languageSwitch';
// The map on any day and the town search after the story: loaded when near (exploreNear.ts).
import './exploreNear';

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

async function start(scrolly: HTMLElement) {
	const locale = scrolly.dataset.locale as Locale;
	const embedded = scrolly.dataset.embed !== undefined;
	const cards = [...scrolly.querySelectorAll<HTMLElement>('[data-step]')];
	const slugs = cards.map((card) => card.dataset.step ?? '');
	const stage = scrolly.querySelector<HTMLElement>('[data-stage]')!;
	const nav = scrolly.querySelector<HTMLElement>('[data-step-nav]');

	listenForShare(document, siteRoot());
	// Asked for at once, while the rest starts (the page preloads the same address).
	const request = fetch(scrolly.dataset.graphics ?? '');
	request.catch(() => {});

	// Inside a frame: the host's viewport drives the tracker, and the frame reports its height.
	const host =
		embedded && window.parent !== window ? (await import('./embed')).connectHost(scrolly) : null;
	const viewport = host?.viewport ?? windowViewport;

	/**
	 * Scrolls a step into reading position. Previous/Next also move focus to it so a screen
	 * reader reads on from there; a tab into a step must not, or focus would be pulled off
	 * the control the reader just reached.
	 */
	function jumpTo(index: number, smooth: boolean, moveFocus: boolean) {
		const target = cards[index];
		if (!target) return;
		viewport.scrollTo(target, smooth && !reducedMotion());
		if (moveFocus) target.focus({ preventScroll: true });
	}

	nav?.addEventListener('click', (event) => {
		const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-nav][href]');
		const index = link ? slugs.indexOf(slugFromHash(link.hash, slugs) ?? '') : -1;
		if (index < 0) return;
		// Without the island the link jumps; with it the move is smooth and focus follows.
		event.preventDefault();
		jumpTo(index, true, true);
	});

	scrolly.addEventListener('focusin', (event) => {
		// A Tab from the nav or the graphic goes on in the step being read, not in the first.
		const instead = redirectedFocus(event, cards, position);
		if (instead) {
			instead.focus({ preventScroll: true });
			return;
		}
		const card = (event.target as HTMLElement).closest<HTMLElement>('[data-step]');
		// Focus on the section itself comes from our own jumps; only a move inside it (a tab) counts.
		if (!card || card === event.target) return;
		const index = cards.indexOf(card);
		if (index >= 0 && index !== position.index) {
			jumpTo(index, false, false);
			// The reading position puts a long card's last controls below the screen edge.
			(event.target as HTMLElement).scrollIntoView({ block: 'nearest' });
		}
	});

	if (nav) {
		keyboardPaths({
			scrolly,
			cards,
			nav,
			current: () => position,
			jumpTo: (index) => jumpTo(index, true, true)
		});
	}

	const previous = nav?.querySelector<HTMLAnchorElement>('[data-nav="previous"]');
	const next = nav?.querySelector<HTMLAnchorElement>('[data-nav="next"]');
	const count = nav?.querySelector<HTMLElement>('[data-count]');
	const fill = nav?.querySelector<HTMLElement>('[data-fill]');
	const live = scrolly.querySelector<HTMLElement>('[data-live]');
	const setLink = (link: HTMLAnchorElement | null | undefined, slug: string | undefined) => {
		if (!link) return;
		if (slug) {
			link.setAttribute('href', `#${slug}`);
			link.removeAttribute('aria-disabled');
		} else {
			link.removeAttribute('href');
			link.setAttribute('aria-disabled', 'true');
		}
	};

	const syncHash = embedded ? () => {} : hashSync(slugs);
	const languageSwitch = embedded ? () => {} : followLanguageSwitch();

	let position: StepPosition = { index: 0, inside: false };
	/** Past the last step, in the sections that follow: no step is current there. */
	let beyond = false;
	let reporting = 0;
	/**
	 * The controls, the live region and the address follow the active step in a task of
	 * their own, after the frame that draws it: replaceState has the browser save its
	 * scroll state (a layout pass), which the graphic does not wait for.
	 */
	function report() {
		if (reporting) return;
		reporting = window.setTimeout(() => {
			reporting = 0;
			const { index } = position;
			const inside = position.inside && !beyond;
			setLink(previous, index > 0 ? slugs[index - 1] : undefined);
			setLink(next, position.inside ? slugs[index + 1] : slugs[0]);
			if (count) count.textContent = `${index + 1} / ${slugs.length}`;
			if (fill) fill.style.width = `${((index + 1) / slugs.length) * 100}%`;
			const alt = cards[index]?.querySelector('[data-alt]')?.textContent ?? '';
			if (live) live.textContent = position.inside ? alt : '';
			syncHash(inside ? slugs[index]! : null);
			languageSwitch(inside ? slugs[index]! : null);
		});
	}

	let show: ShowStep | null = null;
	let graphics: GraphicsData | null = null;
	trackSteps(
		cards,
		(moved) => {
			// Only a move to the neighbouring step animates; anything further is a jump.
			const animate = !reducedMotion() && Math.abs(moved.index - position.index) === 1;
			position = moved;
			const step = graphics?.steps[moved.index];
			if (show && step) show(step, animate);
			report();
		},
		viewport
	);

	// Measured once a frame, when layout is due anyway, not in the scroll event.
	let pastFrame = 0;
	const checkPast = () => {
		pastFrame = 0;
		const past = (cards.at(-1)?.getBoundingClientRect().bottom ?? 1) < 0;
		if (past !== beyond) {
			beyond = past;
			report();
		}
	};
	window.addEventListener(
		'scroll',
		() => {
			if (!pastFrame) pastFrame = requestAnimationFrame(checkPast);
		},
		{ passive: true }
	);
	checkPast();
	// The count and the controls mean something from now on.
	document.documentElement.dataset.tracked = 'true';

	void loadGraphic(scrolly, request, async (data) => {
		// The Arabic chart words travel in a chunk of their own, fetched on Arabic pages only.
		if (locale === 'ar') await import('$lib/charts/arabicCopy');
		await prepareScene(data, locale, data.steps[position.index]!);
		graphics = data;
		show = mountGraphic(stage, data, locale, data.steps[position.index]!, true);
		if (host) {
			const figures = cards.map((card) => card.querySelector<HTMLElement>('[data-figure]'));
			let drawn = false;
			host.watchForFlat((flat) => {
				scrolly.classList.toggle('flat', flat);
				for (const figure of figures) if (figure) figure.hidden = !flat;
				if (!flat || drawn) return;
				drawn = true;
				figures.forEach((figure, i) => {
					if (figure) mountGraphic(figure, data, locale, data.steps[i]!, false);
				});
			});
		}
	});
}

/**
 * Fetches the graphic's data (graphics.json, named by its content hash) and hands it on;
 * says so over the prerendered graphic while it loads, and if it cannot.
 */
async function loadGraphic(
	scrolly: HTMLElement,
	request: Promise<Response>,
	ready: (graphics: GraphicsData) => Promise<void>
): Promise<void> {
	const stage = scrolly.querySelector<HTMLElement>('[data-stage]')!;
	const status = scrolly.querySelector<HTMLElement>('[data-graphic-status]');
	const unavailable = status?.textContent?.trim() ?? '';
	stage.setAttribute('aria-busy', 'true');
	if (status) {
		status.textContent = status.dataset.loading ?? '';
		status.hidden = false;
	}
	try {
		const response = await request;
		if (!response.ok) throw new Error(`graphics.json answered ${response.status}`);
		const graphics = (await response.json()) as GraphicsData;
		if (!graphics.steps?.length) throw new Error('graphics.json has no steps');
		await ready(graphics);
		if (status) status.hidden = true;
	} catch (error) {
		// The prerendered graphic, the text, the links and the navigation all stay.
		console.warn('The interactive graphic could not start:', error);
		if (status) status.textContent = unavailable;
	} finally {
		stage.removeAttribute('aria-busy');
	}
}

const scrolly = document.querySelector<HTMLElement>('[data-story]');
/*
 * A section link (/#slug) reaches its section when the browser processes the fragment,
 * right after DOMContentLoaded. This module loads async so it never holds that event; it
 * starts in a task after it, so the reader lands on the section first and our first
 * layout changes stay out of the frame that scrolls there (Chromium counted the stuck
 * graphic as shifted by the whole jump when both fell in one frame).
 */
if (scrolly) {
	const begin = () => setTimeout(() => void start(scrolly));
	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', begin, { once: true });
	} else begin();
}
