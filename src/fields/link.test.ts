import { describe, expect, it } from 'vitest'
import { isSafeHref } from './link'

describe('isSafeHref', () => {
  it.each(['/donate', '/slavery-today/human-trafficking?x=1#signs', 'https://example.org/a', 'http://example.org', 'mailto:help@example.org', 'tel:+44 800 0121 700', '#main'])(
    'accepts %s',
    (href) => expect(isSafeHref(href)).toBe(true),
  )

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/path',
    'https://exa mple.org',
    'tel:javascript:alert(1)',
    'example.org',
    '',
  ])('refuses %j', (href) => expect(isSafeHref(href)).toBe(false))
})
