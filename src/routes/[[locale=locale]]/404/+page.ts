/**
 * Written as 404.html (no trailing slash), the file static hosts serve for an address they
 * have no file for: GitHub Pages and Netlify the one at the root, Cloudflare Pages the
 * nearest one up the path (so /fr/… gets its edition's one). A page of links: no script.
 */
export const trailingSlash = 'never';
export const csr = false;
