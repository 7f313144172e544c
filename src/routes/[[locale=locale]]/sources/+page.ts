/** A list of links: nothing to run in the browser. */
export const csr = false;
