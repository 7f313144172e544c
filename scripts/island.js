import { build } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { publicAddressPlugin } from './publicAddress.js';

/** The story's one client module: the step tracker, the share menu and the graphic. */
const ENTRY = 'src/island/story.ts';
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
 * `vite build`. Returns its files and the entry's file name, which the prerender writes
 * into the page's `<script type="module" src>`.
 *
 * @returns {Promise<{ entry: string; files: { fileName: string; source: string | Uint8Array }[] }>}
 */
async function buildIsland() {
	const result = await build({
		configFile: false,
		root,
		logLevel: 'warn',
		resolve: { alias },
		// The page already carries the components' styles (SvelteKit inlines them with the
		// prerender): the island's copy of the components brings only their code.
		plugins: [publicAddressPlugin(), svelte({ emitCss: false })],
		build: {
			write: false,
			target: 'es2022',
			modulePreload: false,
			rollupOptions: {
				input: { story: `${root}${ENTRY}` },
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
	const entry = outputs.find((file) => file.type === 'chunk' && file.isEntry);
	if (!entry) throw new Error('the island build wrote no entry');
	return {
		entry: entry.fileName,
		files: outputs.map((file) => ({
			fileName: file.fileName,
			source: file.type === 'chunk' ? file.code : file.source
		}))
	};
}

/**
 * The story island as a Vite plugin. `import { islandPath } from 'virtual:island'` gives
 * the entry's path from the site's root (a hashed file in a build, the source in dev), and
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
			if (serving) return `export const islandPath = ${JSON.stringify(ENTRY)};`;
			built ??= buildIsland();
			return `export const islandPath = ${JSON.stringify((await built).entry)};`;
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
