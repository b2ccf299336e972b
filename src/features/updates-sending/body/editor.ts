import {
  BlockquoteFeature,
  BlocksFeature,
  BoldFeature,
  FixedToolbarFeature,
  HeadingFeature,
  HorizontalRuleFeature,
  InlineToolbarFeature,
  ItalicFeature,
  lexicalEditor,
  LinkFeature,
  OrderedListFeature,
  ParagraphFeature,
  UnorderedListFeature,
  UploadFeature,
} from '@payloadcms/richtext-lexical'
import { updateBodyBlocks } from './blocks'

/**
 * What an update's body may hold: only what renders the same in mail programs and on the site.
 * No alignment, indents, colours, tables or code; images only from Media (never a private
 * upload such as a signed consent form); internal links only to pages and news, whose public
 * addresses are known.
 */
export const updateBodyEditor = lexicalEditor({
  features: [
    ParagraphFeature(),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3'] }),
    BoldFeature(),
    ItalicFeature(),
    LinkFeature({ enabledCollections: ['pages', 'news'], maxDepth: 1 }),
    UnorderedListFeature(),
    OrderedListFeature(),
    BlockquoteFeature(),
    HorizontalRuleFeature(),
    UploadFeature({ enabledCollections: ['media'], maxDepth: 1 }),
    BlocksFeature({ blocks: updateBodyBlocks }),
    FixedToolbarFeature(),
    InlineToolbarFeature(),
  ],
})
