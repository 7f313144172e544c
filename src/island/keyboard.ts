/**
 * Keyboard paths through the story that never move the reader backwards: a skip link at
 * the top of every card goes to Previous/Next (the sticky nav, reached without scrolling
 * back through the earlier steps), J and K move to the next and previous step from
 * anywhere in the page, Escape in the nav brings focus back to the step being read, and
 * a Tab from the nav or the graphic lands in the step being read, not in the first step.
 */

export interface KeyboardPaths {
	scrolly: HTMLElement;
	cards: HTMLElement[];
	nav: HTMLElement;
	/** The active step's index, and whether the reader is inside the story. */
	current: () => { index: number; inside: boolean };
	/** Scrolls to a step, smoothly or not, and moves focus to it. */
	jumpTo: (index: number) => void;
}

/** Keys typed into a field or with a modifier are the reader's, not ours. */
const isShortcut = (event: KeyboardEvent) =>
	!(event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) &&
	!(event.target as Element).closest('input, textarea, select, [contenteditable]');

const STEP_BY_LETTER: Record<string, number> = { j: 1, k: -1 };
const STEP_BY_KEY_POSITION: Record<string, number> = { KeyJ: 1, KeyK: -1 };

/**
 * The step a key moves by: +1 for J, -1 for K, undefined for any other key. The letter
 * decides on Latin layouts (so J is J on Dvorak or AZERTY); on a layout that types no
 * Latin letter there (Arabic gives ت and ن on those keys), the key's position does.
 */
export function stepOfKey({ key, code }: Pick<KeyboardEvent, 'key' | 'code'>): number | undefined {
	const letter = key.toLowerCase();
	if (letter in STEP_BY_LETTER) return STEP_BY_LETTER[letter];
	if (/^[a-z]$/.test(letter)) return undefined;
	return STEP_BY_KEY_POSITION[code];
}

export function keyboardPaths({ scrolly, cards, nav, current, jumpTo }: KeyboardPaths): void {
	const next = nav.querySelector<HTMLElement>('[data-nav="next"]');
	const previous = nav.querySelector<HTMLElement>('[data-nav="previous"]');
	nav.querySelector<HTMLElement>('[data-keys-help]')?.removeAttribute('hidden');

	scrolly.addEventListener('click', (event) => {
		const skip = (event.target as Element).closest<HTMLAnchorElement>('a[data-skip-nav]');
		if (!skip) return;
		// The nav is sticky: following its #id would scroll to where it sits in the flow.
		event.preventDefault();
		const target = next?.hasAttribute('href') ? next : previous;
		target?.focus({ preventScroll: true });
	});

	nav.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape') return;
		const { index, inside } = current();
		const card = inside ? cards[index] : undefined;
		if (!card) return;
		event.preventDefault();
		card.focus({ preventScroll: true });
	});

	document.addEventListener('keydown', (event) => {
		const step = stepOfKey(event);
		if (!step || !isShortcut(event)) return;
		const { index, inside } = current();
		// Before the first step, J leads to it; K has nowhere to go.
		const to = inside ? index + step : step - 1;
		if (to < 0 || to >= cards.length) return;
		event.preventDefault();
		jumpTo(to);
	});
}

/**
 * Where a Tab into the steps should land: focus coming from outside them (the nav, the
 * graphic) into another step than the one being read goes to the skip link of the step
 * being read instead. Returns the element to focus, or null to leave focus alone.
 */
export function redirectedFocus(
	event: FocusEvent,
	cards: HTMLElement[],
	current: { index: number; inside: boolean }
): HTMLElement | null {
	const from = event.relatedTarget as Element | null;
	if (!from || from.closest('[data-step]') || !current.inside) return null;
	const card = (event.target as HTMLElement).closest<HTMLElement>('[data-step]');
	// A step itself is focused by our own jumps (Previous/Next), which say where to go.
	if (card === event.target) return null;
	const reading = cards[current.index];
	if (!card || !reading || card === reading) return null;
	return reading.querySelector<HTMLElement>('a[data-skip-nav]') ?? reading;
}
