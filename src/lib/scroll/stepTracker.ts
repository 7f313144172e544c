import scrollama from 'scrollama';
import { activeStepIndex, triggerFraction } from './activeStep';
import { windowViewport, type Viewport } from './viewport';

/** The part of scrollama 3.2 we use; its bundled .d.ts does not match its code. */
interface Scroller {
	setup(options: { step: HTMLElement[]; offset: number }): Scroller;
	onStepEnter(callback: () => void): Scroller;
	onStepExit(callback: () => void): Scroller;
	offset(value: number): Scroller;
	destroy(): Scroller;
}

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
 * Reports the active step whenever it may have changed. scrollama's enter/exit
 * events are only a hint to re-measure: the answer always comes from geometry, so
 * an anchor jump, a step already in view on load or a resized viewport cannot
 * leave a stale step. scrollama computes its offsets from innerHeight once, so
 * the offset is re-applied whenever the viewport changes size. The viewport is the
 * window unless an embed supplies the host page's.
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

	const scroller = (scrollama as unknown as () => Scroller)()
		.setup({ step: steps, offset: triggerFraction(viewport.rect().width) })
		.onStepEnter(schedule)
		.onStepExit(schedule);
	// A rotation or resize reflows the steps under a fixed scroll offset; put the
	// reader back on the step they were reading instead of whichever step is now there.
	const onResize = () => {
		scroller.offset(triggerFraction(viewport.rect().width));
		const reading = last;
		const step = reading?.inside ? steps[reading.index] : undefined;
		if (reading && step && measureActiveStep(steps, viewport).index !== reading.index) {
			viewport.scrollTo(step, false);
		}
		schedule();
	};

	const unsubscribe = viewport.subscribe(schedule, onResize);
	measure();

	return () => {
		if (frame) cancelAnimationFrame(frame);
		scroller.destroy();
		unsubscribe();
	};
}
