declare module 'pym.js' {
	/** The child half of NPR's pym.js (v1), as far as the embeds use it. */
	interface Child {
		sendHeight(): string;
		remove(): void;
	}
	const pym: {
		Child: new (config?: { polling?: number; renderCallback?: (width: number) => void }) => Child;
	};
	export default pym;
}
