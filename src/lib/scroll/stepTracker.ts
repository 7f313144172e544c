import scrollama from 'scrollama';
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
	const trigger = screen.top + screen.height * triggerFraction(screen.width, screen.height);
	return activeStepIndex(
		steps.map((step) => step.getBoundingClientRect().top),
		trigger
	);
}

/**
 * scrollama's step triggers: `onCross` runs whenever a step enters or leaves the trigger
 * line (`fraction` of the way down the window), whether the page scrolled or reflowed
 * under it. They are only a hint: the tracker then measures where the steps are.
 */
function stepTriggers(
	steps: readonly HTMLElement[],
	fraction: number,
	onCross: () => void
): () => void {
	if (typeof IntersectionObserver === 'undefined') return () => {};
	const scroller = scrollama()
		.setup({ step: [...steps], offset: fraction as scrollama.DecimalType })
		.onStepEnter(onCross)
		.onStepExit(onCross);
	return () => scroller.destroy();
}

/**
 * Reports the active step whenever it may have changed. scrollama's triggers, scrolling
 * (in an embed, the host's screen moving, told by pym messages) and resizes are only a
 * hint to re-measure, once per frame: the answer always comes from geometry, so an
 * anchor jump, a restored scroll position, a fling or a resized viewport cannot leave a
 * stale step. The trigger line is re-drawn whenever the viewport changes size. The
 * viewport is the window unless an embed supplies the host page's (where the frame's
 * own triggers would say nothing: the host scrolls, not the frame).
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

	const triggers = (fraction: number) =>
		viewport.kind === 'window' ? stepTriggers(steps, fraction, schedule) : () => {};
	let fraction = triggerFraction(viewport.rect().width, viewport.rect().height);
	let stopTriggers = triggers(fraction);
	// A rotation or resize reflows the steps under a fixed scroll offset; put the
	// reader back on the step they were reading instead of whichever step is now there.
	const onResize = () => {
		const next = triggerFraction(viewport.rect().width, viewport.rect().height);
		if (next !== fraction) {
			fraction = next;
			stopTriggers();
			stopTriggers = triggers(fraction);
		}
		const reading = last;
		const step = reading?.inside ? steps[reading.index] : undefined;
		if (reading && step && measureActiveStep(steps, viewport).index !== reading.index) {
			viewport.scrollTo(step, false);
		}
		schedule();
	};

	// Scrolling is measured too (once a frame): a jump can carry the line from before the
	// first step to past the last without any step crossing it; so is a hash change.
	const unsubscribe = viewport.subscribe(schedule, onResize);
	window.addEventListener('hashchange', schedule);
	measure();

	return () => {
		if (frame) cancelAnimationFrame(frame);
		stopTriggers();
		unsubscribe();
		window.removeEventListener('hashchange', schedule);
	};
}
