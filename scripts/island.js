import { build } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { publicAddressPlugin } from './publicAddress.js';

/**
 * The client modules: the story's (the step tracker, the share menu and the graphic) and a
 * section embed's (its frame's height, the share menu and its stepper).
 */
const ENTRIES = { story: 'src/island/story.ts', section: 'src/island/section.ts' };
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
 * Builds the island with Vite's own build (a second, small build of one entry), once per
 * `vite build`. Returns its files and each entry's file name, which the prerender writes
 * into the page's `<script type="module" src>`.
 *
 * @returns {Promise<{ entries: Record<string, string>; files: { fileName: string; source: string | Uint8Array }[] }>}
 */
async function buildIsland() {
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
			rollupOptions: {
				input: Object.fromEntries(
					Object.entries(ENTRIES).map(([name, path]) => [name, `${root}${path}`])
				),
				output: {
					entryFileNames: `${OUT}/[name]-[hash].js`,
					chunkFileNames: `${OUT}/[name]-[hash].js`
				}
			}
		}
	});
	const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) =>
		'output' in r ? r.output : []
	);
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
		files: outputs.map((file) => ({
			fileName: file.fileName,
			source: file.type === 'chunk' ? file.code : file.source
		}))
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
			return `export const islandPath = ${JSON.stringify(paths.story)};\nexport const sectionIslandPath = ${JSON.stringify(paths.section)};`;
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
