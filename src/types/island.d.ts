declare module 'virtual:island' {
	/** The story island's entry, from the site's root (scripts/island.js). */
	export const islandPath: string;
}
