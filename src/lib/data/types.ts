import type { Story } from '../story/types';

/**
 * The compiled dataset. The dataset issue fills this in; the story engine relies
 * only on the fields named here.
 */
export interface Dataset {
	events: { id: string; date: string }[];
	places: { id: string }[];
	sources: { id: string }[];
}

export interface Bundle {
	dataset: Dataset;
	stories: { en: Story; fr: Story };
}
