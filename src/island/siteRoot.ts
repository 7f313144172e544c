/**
 * The site's root as the browser loaded it (a staging copy, a mirror or the published
 * site alike): the islands' files sit in <site>/_app/immutable/island/, three folders down.
 */
export const siteRoot = (): URL => new URL(/* @vite-ignore */ '../../../', import.meta.url);
