declare module 'virtual:island' {
	/** The story island's entry, from the site's root (scripts/island.js). */
	export const islandPath: string;
	/** A section embed's island. */
	export const sectionIslandPath: string;
}
