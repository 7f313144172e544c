/**
 * Shows the town search boxes on the page (hidden without script, when the link to every
 * place stands in) and loads the combobox on a box's first focus (typing needs focus).
 */
export function activateFindTown(): void {
	for (const box of document.querySelectorAll<HTMLElement>('[data-find-town]')) {
		const input = box.querySelector('input')!;
		input.parentElement!.hidden = false;
		input.addEventListener(
			'focus',
			() => void import('./combobox').then((m) => m.attachCombobox(box, input)),
			{ once: true }
		);
	}
}
