import { sourcesPageData } from '$lib/server/sourcesPage';
import { editionEntries, localeOfSegment } from '$story/editions';

export const entries = editionEntries;

export const load = ({ params }) => sourcesPageData(localeOfSegment(params.locale));
