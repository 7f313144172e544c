import { build } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { publicAddressPlugin } from './publicAddress.js';

/**
 * The client modules: the story's (the step tracker, the share menu and the graphic) and a
 * section embed's (its frame's height, the share menu and its stepper), and the explore
 * pages' (the town search and the map on any day, each loaded only when a reader uses it).
 */
const ENTRIES = {
	story: 'src/island/story.ts',
	section: 'src/island/section.ts',
	explore: 'src/island/explore.ts'
};
/**
 * Entries built together share chunks. The explore island is built on its own: sharing
 * modules with the story (the palette, the date format) would split them out of the story's
 * file into chunks of their own, and every story page and embed would pay the split (a
 * runtime chunk, less gzip across files) for code the explorer loads only when used.
 */
/** @type {(keyof typeof ENTRIES)[][]} */
const GROUPS = [['story', 'section'], ['explore']];
/** Where its hashed files go, beside SvelteKit's own immutable assets. */
const OUT = '_app/immutable/island';
const VIRTUAL = 'virtual:island';

const root = fileURLToPath(new URL('..', import.meta.url));
const alias = Object.fromEntries(
	Object.entries({
		$lib: 'src/lib',
		$components: 'src/lib/components',
		$data: 'src/lib/data',
		$story: 'src/lib/story',
		$geo: 'src/lib/geo'
	}).map(([key, path]) => [key, `${root}${path}`])
);

/**
 * One group of entries, built with Vite's own build (a second, small build), in memory.
 *
 * @param {(keyof typeof ENTRIES)[]} names
 */
async function buildGroup(names) {
	const result = await build({
		configFile: false,
		root,
		logLevel: 'warn',
		resolve: { alias },
		// The page already carries the components' styles (SvelteKit inlines them with the
		// prerender): the island's copy of the components brings only their code. Without
		// `css: 'external'`, `emitCss: false` makes Svelte inject every component's styles
		// from the script, a second copy in the island's bytes.
		plugins: [
			publicAddressPlugin(),
			svelte({ emitCss: false, compilerOptions: { css: 'external' } })
		],
		build: {
			write: false,
			target: 'es2022',
			modulePreload: false,
			// The explore group in library mode: Vite then leaves its dynamic imports as the
			// browser's own, without the preload helper (about 1 KB gzipped that every story
			// page would load for a script with no CSS and nothing to preload).
			lib: names.includes('explore')
				? { entry: `${root}${ENTRIES.explore}`, formats: ['es'], fileName: 'explore' }
				: false,
			rollupOptions: {
				input: Object.fromEntries(names.map((name) => [name, `${root}${ENTRIES[name]}`])),
				output: {
					entryFileNames: `${OUT}/[name]-[hash].js`,
					chunkFileNames: `${OUT}/[name]-[hash].js`,
					// Library mode keeps whitespace; these files are for browsers, not bundlers.
					minify: true
				}
			}
		}
	});
	return (Array.isArray(result) ? result : [result]).flatMap((r) =>
		'output' in r ? r.output : []
	);
}

/**
 * Builds the islands (each group of entries in a small build of its own), once per
 * `vite build`. Returns its files and each entry's file name, which the prerender writes
 * into the page's `<script type="module" src>`.
 *
 * @returns {Promise<{ entries: Record<string, string>; files: { fileName: string; source: string | Uint8Array }[] }>}
 */
async function buildIsland() {
	const outputs = [];
	// One after the other: the machine building the site is often small.
	for (const group of GROUPS) outputs.push(...(await buildGroup(group)));
	const entries = Object.fromEntries(
		outputs.flatMap((file) =>
			file.type === 'chunk' && file.isEntry ? [[file.name, file.fileName]] : []
		)
	);
	for (const name of Object.keys(ENTRIES)) {
		if (!entries[name]) throw new Error(`the island build wrote no ${name} entry`);
	}
	return {
		entries,
		// A chunk both groups wrote alike (same content, same hashed name) is emitted once.
		files: [
			...new Map(
				outputs.map((file) => [
					file.fileName,
					{ fileName: file.fileName, source: file.type === 'chunk' ? file.code : file.source }
				])
			).values()
		]
	};
}

/**
 * The islands as a Vite plugin. `import { islandPath, sectionIslandPath } from
 * 'virtual:island'` gives each entry's path from the site's root (a hashed file in a build, the source in dev), and
 * the client build emits the island's files with SvelteKit's, so the adapter copies them.
 *
 * @returns {import('vite').Plugin}
 */
export function island() {
	/** @type {ReturnType<typeof buildIsland> | null} */
	let built = null;
	let serving = false;
	return {
		name: 'story-island',
		configResolved(config) {
			serving = config.command === 'serve';
		},
		resolveId(id) {
			if (id === VIRTUAL) return `\0${VIRTUAL}`;
		},
		async load(id) {
			if (id !== `\0${VIRTUAL}`) return;
			built ??= serving ? null : buildIsland();
			const paths = built ? (await built).entries : ENTRIES;
			return [
				`export const islandPath = ${JSON.stringify(paths.story)};`,
				`export const sectionIslandPath = ${JSON.stringify(paths.section)};`,
				`export const exploreIslandPath = ${JSON.stringify(paths.explore)};`
			].join('\n');
		},
		async generateBundle() {
			if (serving || this.environment.name !== 'client') return;
			built ??= buildIsland();
			for (const file of (await built).files) {
				this.emitFile({ type: 'asset', fileName: file.fileName, source: file.source });
			}
		}
	};
}
