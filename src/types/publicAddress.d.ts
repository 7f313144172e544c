// Baked in at build by scripts/publicAddress.js from the environment (see the README);
// read through src/lib/site.ts.

/** The English edition's published address, ending in a slash. */
declare const __PUBLIC_SITE_URL__: string;
/** Where readers report errors. */
declare const __CORRECTIONS_EMAIL__: string;
