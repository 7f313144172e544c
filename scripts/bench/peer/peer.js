/* global scrollama */
// 24 steps of text about the size of the story's, and scrollama's enter event
// redrawing the sticky graphic: the textbook scrollytelling pattern.
const STEPS = 24;
const colours = ['#e8e4da', '#d8e2dc', '#f2dfce', '#dfe3ee'];
const container = document.getElementById('steps');
for (let i = 0; i < STEPS; i++) {
	const step = document.createElement('section');
	step.className = 'step';
	step.dataset.step = String(i);
	const card = document.createElement('div');
	card.className = 'card';
	const title = document.createElement('h2');
	title.textContent = `Section ${i + 1}`;
	card.append(title);
	for (let p = 0; p < 2; p++) {
		const text = document.createElement('p');
		text.textContent =
			`Paragraph ${p + 1} of section ${i + 1}. This sentence stands in for the story's prose, ` +
			'which runs to two short paragraphs a step, so that the browser lays out and paints ' +
			'about as much text here as it does on the story page while the reader scrolls.';
		card.append(text);
	}
	step.append(card);
	container.append(step);
}
const panel = document.getElementById('panel');
const label = document.getElementById('label');
scrollama()
	.setup({ step: '.step', offset: window.innerWidth < 768 ? 0.85 : 0.6 })
	.onStepEnter(({ element, index }) => {
		document
			.querySelectorAll('.step')
			.forEach((s) => s.classList.toggle('is-active', s === element));
		panel.setAttribute('fill', colours[index % colours.length]);
		label.textContent = `Step ${index + 1}`;
	});
