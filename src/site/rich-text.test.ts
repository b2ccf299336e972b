import { describe, expect, it } from 'vitest'
import { link, paragraph, richText, text } from '../../tests/helpers/lexical'
import { richTextToHtml } from './rich-text'

const BOLD = 1
const ITALIC = 2

describe('richTextToHtml', () => {
  it('renders bold and italic as elements, never as style attributes (the CSP forbids inline styles)', () => {
    const html = richTextToHtml(richText(paragraph(text('Forced ', 0), text('labour', BOLD), text(' is ', 0), text('everywhere', BOLD | ITALIC))))
    expect(html).toContain('<strong>labour</strong>')
    expect(html).toMatch(/<(em|strong)><(em|strong)>everywhere<\/\2><\/\1>/)
    expect(html).not.toMatch(/style=/i)
  })

  it('escapes text typed by editors', () => {
    const html = richTextToHtml(richText(paragraph(text('<script>alert(1)</script> & more'))))
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more')
  })

  it('keeps ordinary links', () => {
    const html = richTextToHtml(richText(paragraph(link('https://example.org/report', 'the report'))))
    expect(html).toMatch(/<a[^>]+href="https:\/\/example\.org\/report"[^>]*>the report<\/a>/)
  })

  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>'])(
    'neutralises a %j link',
    (url) => {
      const html = richTextToHtml(richText(paragraph(link(url, 'click me'))))
      expect(html).toContain('click me')
      expect(html).not.toMatch(/href="\s*(javascript|data):/i)
    },
  )

  it('renders nothing for empty content', () => {
    expect(richTextToHtml(null)).toBe('')
    expect(richTextToHtml(undefined)).toBe('')
  })
})
