/**
 * The town search as an ARIA 1.2 combobox with a listbox popup: typing lists the places
 * whose names begin with what was typed (in any spelling and script, see
 * $lib/explore/search), Down and Up move through them, Enter opens the chosen place's
 * page, Escape closes the list (and clears the box when it is already closed). The index
 * is fetched on the first use.
 */
import { findPlaces, type SearchEntry } from '$lib/explore/search';

export function attachCombobox(box: HTMLElement, input: HTMLInputElement): void {
	const list = document.getElementById(input.getAttribute('aria-controls')!) as HTMLUListElement;
	const status = box.querySelector<HTMLElement>('[role="status"]')!;
	const places = box.dataset.places!;
	let index: SearchEntry[] = [];
	let found: SearchEntry[] = [];
	let active = -1;

	const hrefOf = (entry: SearchEntry) => `${places}${entry.id}/`;

	function close() {
		list.hidden = true;
		input.setAttribute('aria-expanded', 'false');
		input.removeAttribute('aria-activedescendant');
		active = -1;
	}

	function highlight(i: number) {
		active = i;
		list.querySelectorAll('[role="option"]').forEach((option, j) => {
			option.setAttribute('aria-selected', String(j === i));
			if (j === i) option.scrollIntoView({ block: 'nearest' });
		});
		if (i >= 0) input.setAttribute('aria-activedescendant', `${list.id}-${i}`);
		else input.removeAttribute('aria-activedescendant');
	}

	function render() {
		found = findPlaces(input.value, index);
		list.replaceChildren(
			...found.map((entry, i) => {
				const option = document.createElement('li');
				option.id = `${list.id}-${i}`;
				option.setAttribute('role', 'option');
				option.setAttribute('aria-selected', 'false');
				option.dataset.place = entry.id;
				option.append(entry.name);
				const area = document.createElement('span');
				area.textContent = entry.area;
				option.append(' ', area);
				option.addEventListener('mousedown', (event) => event.preventDefault());
				option.addEventListener('click', () => location.assign(hrefOf(entry)));
				return option;
			})
		);
		const typed = input.value.trim().length >= 2;
		status.textContent = !typed
			? ''
			: found.length
				? input.dataset.foundCount!.replace('{n}', String(found.length))
				: input.dataset.none!;
		if (found.length) {
			list.hidden = false;
			input.setAttribute('aria-expanded', 'true');
			highlight(-1);
		} else close();
	}

	input.addEventListener('input', render);
	input.addEventListener('blur', close);
	input.addEventListener('keydown', (event) => {
		const open = !list.hidden;
		switch (event.key) {
			case 'ArrowDown':
				event.preventDefault();
				if (!open) render();
				if (found.length) highlight((active + 1) % found.length);
				break;
			case 'ArrowUp':
				event.preventDefault();
				if (!open) render();
				if (found.length) highlight(active <= 0 ? found.length - 1 : active - 1);
				break;
			case 'Enter': {
				const chosen = found[active >= 0 ? active : 0];
				if (open && chosen) {
					event.preventDefault();
					location.assign(hrefOf(chosen));
				}
				break;
			}
			case 'Escape':
				if (open) close();
				else input.value = '';
				status.textContent = '';
				break;
		}
	});

	void fetch(box.dataset.index ?? `${places}search.json`)
		.then((response) => response.json() as Promise<SearchEntry[]>)
		.then((entries) => {
			index = entries;
			if (input.value && document.activeElement === input) render();
		});
}
