import { describe, expect, it } from 'vitest'
import { renderMail, type MailContent } from './render-mail'

const confirmation: MailContent = {
  locale: 'en',
  charityName: 'Freedom Line',
  address: '1 Example Street\nLondon E1 1AA',
  heading: 'Confirm your e-mail address',
  paragraphs: ['Hello <script>alert(1)</script>,', 'Press the button to start getting updates.'],
  action: { label: 'Confirm my address', url: 'https://freedom.example/updates/confirm?token=abc&x=1' },
  footerNote: 'You are getting this because you signed up on our website.',
  unsubscribe: { label: 'Unsubscribe', url: 'https://freedom.example/updates/unsubscribe/tok123' },
}

describe('renderMail', () => {
  it('escapes what people typed, so a name with a script tag is shown, not run', () => {
    const { html, text } = renderMail(confirmation)
    expect(html).not.toContain('<script>')
    expect(html).toContain('Hello &lt;script&gt;alert(1)&lt;/script&gt;,')
    // Plain text is not markup: it keeps the name exactly as typed.
    expect(text).toContain('Hello <script>alert(1)</script>,')
  })

  it('makes a complete document in the reader’s language with a heading, a button link and the charity’s address', () => {
    const { html } = renderMail(confirmation)
    expect(html).toMatch(/^<!doctype html><html lang="en" dir="ltr">/)
    expect(html).toContain('<title>Confirm your e-mail address</title>')
    expect(html).toMatch(/<h1[^>]*>Confirm your e-mail address<\/h1>/)
    expect(html).toMatch(/<a href="https:\/\/freedom\.example\/updates\/confirm\?token=abc&amp;x=1"[^>]*>Confirm my address<\/a>/)
    expect(html).toContain('If the button does not work, copy this address into your web browser:')
    expect(html).toMatch(/Freedom Line<br\/?>1 Example Street<br\/?>London E1 1AA/)
    expect(html).toContain('role="presentation"')
  })

  it('includes the unsubscribe link when there is one, and not otherwise', () => {
    expect(renderMail(confirmation).html).toMatch(/<a href="https:\/\/freedom\.example\/updates\/unsubscribe\/tok123"[^>]*>Unsubscribe<\/a>/)
    const { html, text } = renderMail({ ...confirmation, unsubscribe: undefined })
    expect(html).not.toContain('unsubscribe')
    expect(text).not.toContain('unsubscribe')
  })

  it('gives the plain-text part every address in full', () => {
    const { text } = renderMail(confirmation)
    expect(text).toContain('Confirm my address:\nhttps://freedom.example/updates/confirm?token=abc&x=1')
    expect(text).toContain('Unsubscribe:\nhttps://freedom.example/updates/unsubscribe/tok123')
    expect(text).toContain('Freedom Line\n1 Example Street\nLondon E1 1AA')
    expect(text).not.toMatch(/<(a|p|br|h1|table)\b/)
  })

  it('writes Arabic right to left, with its own wording around the button', () => {
    const { html } = renderMail({ ...confirmation, locale: 'ar', heading: 'أكّد عنوان بريدك الإلكتروني' })
    expect(html).toMatch(/<html lang="ar" dir="rtl">/)
    expect(html).toContain('align="right"')
    expect(html).not.toContain('If the button does not work')
  })

  it('refuses a link that is not a web address', () => {
    expect(() => renderMail({ ...confirmation, action: { label: 'Click', url: 'javascript:alert(1)' } })).toThrow(/not a web address/)
  })
})
