import { activeStepIndex, triggerFraction } from './activeStep';
import { windowViewport, type Viewport } from './viewport';

export interface StepPosition {
	index: number;
	/** False while the reader is above the first step. */
	inside: boolean;
}

/** Viewport height that follows the mobile address bar (visualViewport where it exists). */
export function viewportHeight(): number {
	return window.visualViewport?.height ?? window.innerHeight;
}

export function measureActiveStep(
	steps: readonly HTMLElement[],
	viewport: Viewport = windowViewport
): StepPosition {
	const screen = viewport.rect();
	const trigger = screen.top + screen.height * triggerFraction(screen.width);
	return activeStepIndex(
		steps.map((step) => step.getBoundingClientRect().top),
		trigger
	);
}

/**
 * Calls `onCross` whenever a step crosses the trigger line of the window (a line of
 * no height, `fraction` of the way down), whether the page scrolled or reflowed
 * under it. Intersection observers report after layout and never force one,
 * unlike a scroll listener that reads the scroll offset (scrollama's does on every
 * scroll event, which costs a style and layout pass while the graphic animates).
 */
function observeTriggerLine(
	steps: readonly HTMLElement[],
	fraction: number,
	onCross: () => void
): () => void {
	if (typeof IntersectionObserver === 'undefined') return () => {};
	const above = Math.round(fraction * 100);
	const observer = new IntersectionObserver(onCross, {
		rootMargin: `-${above}% 0px -${100 - above}% 0px`,
		threshold: 0
	});
	for (const step of steps) observer.observe(step);
	return () => observer.disconnect();
}

/**
 * Reports the active step whenever it may have changed. Scrolling (in an embed, the
 * host's screen moving) and steps crossing the trigger line as the page reflows are
 * only a hint to re-measure, once per frame: the answer always comes from geometry,
 * so an anchor jump, a step already in view on load or a resized viewport cannot
 * leave a stale step. The line is re-drawn whenever the viewport changes size. The
 * viewport is the window unless an embed supplies the host page's.
 */
export function trackSteps(
	steps: HTMLElement[],
	onChange: (position: StepPosition) => void,
	viewport: Viewport = windowViewport
): () => void {
	let frame = 0;
	let last: StepPosition | null = null;
	const measure = () => {
		frame = 0;
		const position = measureActiveStep(steps, viewport);
		if (!last || last.index !== position.index || last.inside !== position.inside) {
			last = position;
			onChange(position);
		}
	};
	const schedule = () => {
		if (!frame) frame = requestAnimationFrame(measure);
	};

	let fraction = triggerFraction(viewport.rect().width);
	let stopObserving = observeTriggerLine(steps, fraction, schedule);
	// A rotation or resize reflows the steps under a fixed scroll offset; put the
	// reader back on the step they were reading instead of whichever step is now there.
	const onResize = () => {
		const next = triggerFraction(viewport.rect().width);
		if (next !== fraction) {
			fraction = next;
			stopObserving();
			stopObserving = observeTriggerLine(steps, fraction, schedule);
		}
		const reading = last;
		const step = reading?.inside ? steps[reading.index] : undefined;
		if (reading && step && measureActiveStep(steps, viewport).index !== reading.index) {
			viewport.scrollTo(step, false);
		}
		schedule();
	};

	// Scrolling is measured too (once a frame): a jump can carry the line from before the
	// first step to past the last without any step crossing it.
	const unsubscribe = viewport.subscribe(schedule, onResize);
	measure();

	return () => {
		if (frame) cancelAnimationFrame(frame);
		stopObserving();
		unsubscribe();
	};
}
