import scrollama from 'scrollama';
import { activeStepIndex, triggerFraction } from './activeStep';

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

export function measureActiveStep(steps: readonly HTMLElement[]): StepPosition {
	const trigger = viewportHeight() * triggerFraction(window.innerWidth);
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
 * the offset is re-applied whenever the viewport changes size.
 */
export function trackSteps(
	steps: HTMLElement[],
	onChange: (position: StepPosition) => void
): () => void {
	let frame = 0;
	let last: StepPosition | null = null;
	const measure = () => {
		frame = 0;
		const position = measureActiveStep(steps);
		if (!last || last.index !== position.index || last.inside !== position.inside) {
			last = position;
			onChange(position);
		}
	};
	const schedule = () => {
		if (!frame) frame = requestAnimationFrame(measure);
	};

	const scroller = (scrollama as unknown as () => Scroller)()
		.setup({ step: steps, offset: triggerFraction(window.innerWidth) })
		.onStepEnter(schedule)
		.onStepExit(schedule);
	// A rotation or resize reflows the steps under a fixed scroll offset; put the
	// reader back on the step they were reading instead of whichever step is now there.
	const onResize = () => {
		scroller.offset(triggerFraction(window.innerWidth));
		const reading = last;
		if (reading?.inside && measureActiveStep(steps).index !== reading.index) {
			steps[reading.index]?.scrollIntoView({ block: 'start', behavior: 'instant' });
		}
		schedule();
	};

	const viewport = window.visualViewport;
	window.addEventListener('scroll', schedule, { passive: true });
	window.addEventListener('resize', onResize);
	window.addEventListener('orientationchange', onResize);
	window.addEventListener('load', schedule);
	viewport?.addEventListener('resize', onResize);
	measure();

	return () => {
		if (frame) cancelAnimationFrame(frame);
		scroller.destroy();
		window.removeEventListener('scroll', schedule);
		window.removeEventListener('resize', onResize);
		window.removeEventListener('orientationchange', onResize);
		window.removeEventListener('load', schedule);
		viewport?.removeEventListener('resize', onResize);
	};
}
