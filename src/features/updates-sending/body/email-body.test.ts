import { describe, expect, it } from 'vitest'
import { link, paragraph, richText, text } from '../../../../tests/helpers/lexical'
import { translator } from '../../../i18n'
import type { Story } from '../../../payload-types'
import type { BodyContext } from './context'
import { bodyToEmailHtml } from './email-html'
import { bodyToText } from './plain-text'

const day = 24 * 60 * 60 * 1000
const context = (locale: 'en' | 'vi' | 'ar', stories: Story[] = []): BodyContext => ({
  siteUrl: 'https://freedom.example',
  locale,
  dir: locale === 'ar' ? 'rtl' : 'ltr',
  t: translator(locale),
  stories: new Map(stories.map((story) => [story.id, story])),
  campaigns: new Map(),
})
const node = (type: string, extra: Record<string, unknown>, ...children: Record<string, unknown>[]) => ({ type, children, direction: 'ltr', format: '', indent: 0, version: 1, ...extra })
const storyCard = (id: number) => ({ type: 'block', fields: { id: 'card', blockName: '', blockType: 'updateStoryCard', story: id }, format: '', version: 2 })
const story = (scope: NonNullable<Story['consent']>['scope']): Story =>
  ({
    id: 7,
    displayName: 'Hai',
    nameChanged: true,
    slug: 'hai',
    pullQuote: 'I owed them money.',
    consent: { givenOn: new Date(Date.now() - day).toISOString(), reviewBy: new Date(Date.now() + 300 * day).toISOString(), scope },
  }) as Story

describe('an update body as e-mail', () => {
  it('escapes what editors typed, in the HTML, and keeps it as typed in the text', () => {
    const body = richText(paragraph(text('<script>alert(1)</script> & more')))
    expect(bodyToEmailHtml(body, context('en'))).toBe('<p style="margin:0 0 16px;">&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>')
    expect(bodyToText(body, context('en'))).toBe('<script>alert(1)</script> & more')
  })

  it('makes site paths full addresses in the update’s language, and drops links that are not web addresses', () => {
    const body = richText(paragraph(link('/donate', 'Give'), text(' or '), link('javascript:alert(1)', 'this')))
    const html = bodyToEmailHtml(body, context('vi'))
    expect(html).toContain('<a href="https://freedom.example/vi/donate" style="color:#0b5e6e;">Give</a>')
    expect(html).not.toContain('javascript')
    expect(html).toContain(' or this')
    expect(bodyToText(body, context('vi'))).toBe('Give (https://freedom.example/vi/donate) or this')
  })

  it('writes out lists, headings and quotes for plain-text readers', () => {
    const body = richText(
      node('heading', { tag: 'h2' }, text('What changed')),
      node('list', { tag: 'ol', listType: 'number' }, node('listitem', { value: 1 }, text('First')), node('listitem', { value: 2 }, text('Second'))),
      node('quote', {}, text('Never again.')),
    )
    expect(bodyToText(body, context('en'))).toBe('WHAT CHANGED\n\n1. First\n2. Second\n\n> Never again.')
  })

  it('sets quotes on the reading side for right-to-left languages', () => {
    const html = bodyToEmailHtml(richText(node('quote', {}, text('أبداً'))), context('ar'))
    expect(html).toContain('border-right:4px solid')
  })

  it('shows a story card only while consent covers e-mail as well as the web', () => {
    const withEmail = story(['web', 'fundraising-email'])
    const html = bodyToEmailHtml(richText(storyCard(7)), context('en', [withEmail]))
    expect(html).toContain('“I owed them money.”')
    expect(html).toContain('href="https://freedom.example/stories/hai"')
    expect(html).toContain('*Name changed to protect identity')
    expect(bodyToText(richText(storyCard(7)), context('en', [withEmail]))).toContain("Read Hai's* story:\nhttps://freedom.example/stories/hai")

    const webOnly = story(['web'])
    expect(bodyToEmailHtml(richText(storyCard(7)), context('en', [webOnly]))).toBe('')
    expect(bodyToText(richText(storyCard(7)), context('en', [webOnly]))).toBe('')
  })
})
