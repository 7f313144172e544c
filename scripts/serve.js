/**
 * Serves the built site for `npm start`, the browser tests and the bench, with sirv
 * (the static server SvelteKit's own preview uses) and text compressed as a static host
 * or CDN would send it, so byte and speed figures are real. sirv-cli cannot mount a
 * site under a sub-folder nor compress a folder that was not precompressed (the bench's
 * peer), hence these few lines.
 * Usage: node scripts/serve.js [dir] [port] [base]
 * `base` mounts the site under a path (e.g. /graphics/deraa/) to prove it works there.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, normalize, resolve } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

const root = resolve(process.argv[2] ?? 'build');
const port = Number(process.argv[3] ?? process.env.PORT ?? 4173);
const base = `/${(process.argv[4] ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

const compress = compression();
// dev: read the folder on each request, so a rebuild is served without a restart.
const files = sirv(root, { dev: true, etag: true });

/** A folder asked for without its slash: the relative links inside its page need one. */
function isFolder(path) {
	const dir = join(root, path);
	return dir.startsWith(root) && existsSync(join(dir, 'index.html')) && statSync(dir).isDirectory();
}

function safeDecode(path) {
	try {
		return decodeURIComponent(path);
	} catch {
		return path;
	}
}

/** As static hosts do: the nearest 404.html up the path (the edition's), with a 404 status. */
function notFound(res, path = '/') {
	const parts = path.split('/').filter(Boolean);
	for (let depth = parts.length; depth >= 0; depth--) {
		const file = normalize(join(root, ...parts.slice(0, depth), '404.html'));
		if (file.startsWith(root) && existsSync(file)) {
			res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
			return createReadStream(file).pipe(res);
		}
	}
	res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
	res.end('Not found');
}

const server = createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	if (!url.pathname.startsWith(base)) return notFound(res);
	const path = url.pathname.slice(base.length - 1);
	if (!path.endsWith('/') && isFolder(safeDecode(path))) {
		res.writeHead(301, { location: `${url.pathname}/${url.search}` });
		return res.end();
	}
	req.url = path + url.search;
	compress(req, res, () => files(req, res, () => notFound(res, safeDecode(path))));
});

server.listen(port, '127.0.0.1', () => {
	console.log(`Serving ${root} at http://localhost:${port}${base}`);
});
