import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		// Relative asset paths let the built folder be served under any base path.
		paths: { relative: true },
		// The first paint should need nothing but the page itself: its stylesheets (a few
		// KB, per page) travel inside it instead of as render-blocking requests.
		inlineStyleThreshold: 16 * 1024,
		alias: {
			$components: 'src/lib/components',
			$data: 'src/lib/data',
			$story: 'src/lib/story',
			$geo: 'src/lib/geo'
		},
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleUnseenRoutes: 'fail'
		}
	}
};

export default config;
