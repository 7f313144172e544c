/**
 * Where the built site will be published: the one build setting behind every address a
 * reader or an editor can copy (share links, embed codes, oEmbed, og:url, og:image,
 * canonical, JSON-LD) and the corrections address. Read from the environment at build:
 *
 *   PUBLIC_SITE_URL    the address of the English edition, origin and path
 *                      (https://graphics.example.org/deraa-2018/); the French one is fr/ below it
 *   CORRECTIONS_EMAIL  where readers report errors (default: corrections@<that host>)
 *
 * Without PUBLIC_SITE_URL the build bakes in LOCAL_PREVIEW_URL, where `npm start` serves
 * it, and says so: a build meant for publishing must set it.
 */

/** The address `npm start` / `npm run preview` serve the build at: right for a local build only. */
export const LOCAL_PREVIEW_URL = 'http://localhost:4173/';

/**
 * @param {Record<string, string | undefined>} env
 * @returns {{ siteUrl: string, correctionsEmail: string, localDefault: boolean }}
 */
export function publicAddress(env = process.env) {
	const raw = env.PUBLIC_SITE_URL?.trim() || LOCAL_PREVIEW_URL;
	let url;
	try {
		url = new URL(raw);
	} catch {
		throw new Error(
			`PUBLIC_SITE_URL must be an absolute address (https://host/path/), not "${raw}"`
		);
	}
	if (!/^https?:$/.test(url.protocol) || url.search || url.hash || url.username) {
		throw new Error(
			`PUBLIC_SITE_URL must be a plain http(s) address without ?query or #hash, not "${raw}"`
		);
	}
	// The site's pages are folders below it: the address names a folder too.
	const siteUrl = `${url.origin}${url.pathname.replace(/\/?$/, '/')}`;
	const correctionsEmail = env.CORRECTIONS_EMAIL?.trim() || `corrections@${url.hostname}`;
	if (!/^[^\s@<>"',;:()]+@[^\s@<>"',;:()]+$/.test(correctionsEmail)) {
		throw new Error(`CORRECTIONS_EMAIL must be one e-mail address, not "${correctionsEmail}"`);
	}
	return { siteUrl, correctionsEmail, localDefault: !env.PUBLIC_SITE_URL?.trim() };
}

/** Kit loads this config for both its builds (browser and server): say it once. */
let announced = false;

/**
 * Bakes the address into the code (as the constants `__PUBLIC_SITE_URL__` and
 * `__CORRECTIONS_EMAIL__`, read by src/lib/site.ts) and, when it builds, says which one it baked in,
 * so a build for the wrong place is noticed before it is published.
 *
 * @returns {import('vite').Plugin}
 */
export function publicAddressPlugin() {
	const address = publicAddress();
	let building = false;
	return {
		name: 'public-address',
		config(_config, { command }) {
			building = command === 'build';
			return {
				define: {
					__PUBLIC_SITE_URL__: JSON.stringify(address.siteUrl),
					__CORRECTIONS_EMAIL__: JSON.stringify(address.correctionsEmail)
				}
			};
		},
		// Once per `vite build` (it builds the browser and the server code, each a buildStart).
		buildStart() {
			if (announced || !building) return;
			announced = true;
			console.warn(`\n${announcement(address).join('\n')}\n`);
		}
	};
}

/** @param {ReturnType<typeof publicAddress>} address */
export function announcement({ siteUrl, correctionsEmail, localDefault }) {
	const rule = '='.repeat(78);
	return [
		rule,
		`PUBLIC ADDRESS baked into this build: ${siteUrl}`,
		`  French edition: ${siteUrl}fr/ · corrections: ${correctionsEmail}`,
		localDefault
			? '  This is the LOCAL PREVIEW default. To publish, build with\n' +
				'  PUBLIC_SITE_URL=https://your.host/path/ npm run build'
			: '  Set by PUBLIC_SITE_URL.',
		rule
	];
}
