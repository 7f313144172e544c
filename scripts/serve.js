/**
 * A small static file server for the built site, so `npm start` and the
 * end-to-end tests need nothing beyond Node. Usage: node scripts/serve.js [dir] [port] [base]
 * `base` mounts the site under a path (e.g. /graphics/deraa/) to prove it works there.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const root = resolve(process.argv[2] ?? 'build');
const port = Number(process.argv[3] ?? process.env.PORT ?? 4173);
const base = `/${(process.argv[4] ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.xml': 'application/xml; charset=utf-8',
	'.webmanifest': 'application/manifest+json'
};

function resolvePath(urlPath) {
	if (!urlPath.startsWith(base)) return null;
	const relative = decodeURIComponent(urlPath.slice(base.length));
	const file = normalize(join(root, relative));
	if (!file.startsWith(root)) return null;
	if (existsSync(file) && statSync(file).isDirectory()) {
		const index = join(file, 'index.html');
		return existsSync(index) ? { file: index, redirect: !urlPath.endsWith('/') } : null;
	}
	if (existsSync(file)) return { file, redirect: false };
	if (existsSync(`${file}.html`)) return { file: `${file}.html`, redirect: false };
	return null;
}

function notFoundPage(urlPath) {
	if (!urlPath.startsWith(base)) return null;
	const parts = urlPath.slice(base.length).split('/').filter(Boolean);
	for (let depth = parts.length; depth >= 0; depth--) {
		const file = normalize(join(root, ...parts.slice(0, depth), '404.html'));
		if (file.startsWith(root) && existsSync(file)) return file;
	}
	return null;
}

const server = createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	let found = null;
	try {
		found = resolvePath(url.pathname);
	} catch {
		found = null;
	}
	if (!found) {
		// As static hosts do: the nearest 404.html up the path (the edition's), with a 404 status.
		const page = notFoundPage(url.pathname);
		res.writeHead(404, { 'content-type': page ? TYPES['.html'] : 'text/plain; charset=utf-8' });
		if (page) createReadStream(page).pipe(res);
		else res.end('Not found');
		return;
	}
	if (found.redirect) {
		res.writeHead(301, { location: `${url.pathname}/${url.search}` });
		res.end();
		return;
	}
	const type = TYPES[extname(found.file)] ?? 'application/octet-stream';
	// Text is sent gzipped, as any static host or CDN would, so byte and speed figures are real.
	const gzip =
		/^(text\/|application\/(json|xml|manifest)|image\/svg)/.test(type) &&
		/\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
	res.writeHead(200, {
		'content-type': type,
		'cache-control': 'no-cache',
		vary: 'accept-encoding',
		...(gzip ? { 'content-encoding': 'gzip' } : {})
	});
	const body = createReadStream(found.file);
	if (gzip) body.pipe(createGzip()).pipe(res);
	else body.pipe(res);
});

server.listen(port, '127.0.0.1', () => {
	console.log(`Serving ${root} at http://localhost:${port}${base}`);
});
