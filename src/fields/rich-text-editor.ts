import { lexicalEditor, LinkFeature, UploadFeature } from '@payloadcms/richtext-lexical'

/**
 * The rich text editor of public content (pages' text blocks, news, stories). Payload's default
 * features, except that:
 * - images come only from Media. By default an editor could pick any upload collection, and a
 *   signed consent form (a private file whose name alone can identify a survivor) would then be
 *   linked from a public page. Payload checks this one on save;
 * - the link drawer offers internal links only to pages and news, the documents whose public
 *   address the site knows (by default it offered every collection, supporters and donations
 *   included; Payload does not check a link's collection on save, so this is the editor's choice,
 *   not a rule);
 * - there is no relationship block: the public site has no way to show one.
 */
export const publicRichTextEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => !['link', 'upload', 'relationship'].includes(feature.key)),
    LinkFeature({ enabledCollections: ['pages', 'news'], maxDepth: 1 }),
    UploadFeature({ enabledCollections: ['media'], maxDepth: 1 }),
  ],
})
