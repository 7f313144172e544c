/**
 * The element the server hook puts a story page's scrolled story in, and the browser
 * hydrates a task after the page (StoryPage). The server renders it from the page's own
 * story and graphic data ($lib/server/staticRegions), so the two agree.
 */
export const SCROLLY_SELECTOR = '[data-static-part="scrolly"]';
