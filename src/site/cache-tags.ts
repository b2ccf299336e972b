/** Tag for a page that shows one document. */
export const docTag = (collection: string, id: string | number): string => `${collection}:${id}`
/** Tag for a page that lists a collection (new items change it). */
export const listTag = (collection: string): string => `${collection}:*`
/** Every page carries the site settings (header, footer). */
export const globalTag = (slug: string): string => `global:${slug}`
