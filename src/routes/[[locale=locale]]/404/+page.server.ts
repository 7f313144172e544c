import { storyText } from '$lib/server/storyPage';
import { editionEntries, localeOfSegment } from '$story/editions';

export const entries = editionEntries;

export const load = ({ params }) => {
	const locale = localeOfSegment(params.locale);
	return { locale, headline: storyText(locale).story.meta.headline };
};
