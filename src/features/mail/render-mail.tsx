/** @jsxImportSource hono/jsx */
import { raw } from 'hono/html'
import type { Child } from 'hono/jsx'
import { translator } from '../../i18n'
import { localeDefinition } from '../../site/locales'

export type MailContent = {
  locale: string
  charityName: string
  address?: string | null
  heading: string
  paragraphs: string[]
  action?: { label: string; url: string }
  footerNote?: string
  unsubscribe?: { label: string; url: string }
  /** More links under the unsubscribe link (e.g. "Change what you get"). */
  footerLinks?: { label: string; url: string }[]
  /**
   * Rich content after the paragraphs, already rendered as e-mail-safe HTML (inline styles, absolute
   * web addresses, text escaped) with its plain-text version: an update's body.
   */
  body?: { html: string; text: string }
  /** The line mail programs show after the subject in the inbox (hidden in the message itself). */
  preheader?: string
}

// E-mail programs ignore stylesheets and classes unevenly: styles are inline, the layout is a
// table, and colours are the site's own (contrast at least 4.5:1 on white).
const font = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif"
const colours = { ink: '#1d2731', muted: '#4d5966', brand: '#0e4f5c', link: '#0b5e6e', page: '#f4f2ee', line: '#d9d4cc' }

/** Links in mail must be web addresses: anything else (javascript:, data:) is a programming error. */
function webAddress(url: string): string {
  const { protocol } = new URL(url)
  if (protocol !== 'https:' && protocol !== 'http:') throw new Error(`renderMail: not a web address: ${url}`)
  return url
}

/** A postal address typed on several lines keeps its lines. */
const lines = (text: string): Child[] =>
  text
    .split(/\r?\n/)
    .filter((line) => line.trim())
    .flatMap((line, index) => (index === 0 ? [line] : [<br />, line]))

function MailDocument(props: MailContent & { dir: 'ltr' | 'rtl'; fallbackText: string }) {
  const { action, unsubscribe, footerLinks = [] } = props
  const align = props.dir === 'rtl' ? 'right' : 'left'
  return (
    <html lang={props.locale} dir={props.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <title>{props.heading}</title>
      </head>
      <body style={`margin:0;padding:0;background:${colours.page};`}>
        {props.preheader && <div style="display:none;max-height:0;overflow:hidden;opacity:0;">{props.preheader}</div>}
        <table role="presentation" width="100%" cellpadding={0} cellspacing={0} border={0} style={`background:${colours.page};`}>
          <tr>
            <td align="center" style="padding:24px 12px;">
              <table role="presentation" width="100%" cellpadding={0} cellspacing={0} border={0} style="max-width:600px;background:#ffffff;">
                <tr>
                  <td align={align} style={`padding:24px 32px 0;${font};font-size:15px;font-weight:bold;color:${colours.brand};`}>
                    {props.charityName}
                  </td>
                </tr>
                <tr>
                  <td align={align} style={`padding:8px 32px 24px;${font};font-size:16px;line-height:1.5;color:${colours.ink};`}>
                    <h1 style={`margin:0 0 16px;font-size:24px;line-height:1.25;color:${colours.ink};`}>{props.heading}</h1>
                    {props.paragraphs.map((paragraph) => (
                      <p style="margin:0 0 16px;">{paragraph}</p>
                    ))}
                    {props.body && raw(props.body.html)}
                    {action && (
                      <>
                        <p style="margin:24px 0;">
                          <a
                            href={webAddress(action.url)}
                            style={`display:inline-block;padding:12px 24px;background:${colours.brand};color:#ffffff;font-weight:bold;text-decoration:none;border-radius:4px;`}
                          >
                            {action.label}
                          </a>
                        </p>
                        <p style={`margin:0 0 16px;font-size:14px;color:${colours.muted};`}>
                          {props.fallbackText}
                          <br />
                          <a href={action.url} style={`color:${colours.link};word-break:break-all;`}>
                            {action.url}
                          </a>
                        </p>
                      </>
                    )}
                  </td>
                </tr>
                <tr>
                  <td
                    align={align}
                    style={`padding:16px 32px 24px;border-top:1px solid ${colours.line};${font};font-size:13px;line-height:1.5;color:${colours.muted};`}
                  >
                    {props.footerNote && <p style="margin:0 0 8px;">{props.footerNote}</p>}
                    <p style="margin:0 0 8px;">
                      {props.charityName}
                      {props.address && (
                        <>
                          <br />
                          {lines(props.address)}
                        </>
                      )}
                    </p>
                    {[...(unsubscribe ? [unsubscribe] : []), ...footerLinks].map((link) => (
                      <p style="margin:0;">
                        <a href={webAddress(link.url)} style={`color:${colours.link};`}>
                          {link.label}
                        </a>
                      </p>
                    ))}
                  </td>
                </tr>
              </table>
            </td>
          </tr>
        </table>
      </body>
    </html>
  )
}

function plainText(content: MailContent): string {
  const { action, unsubscribe, footerLinks = [] } = content
  const blocks = [
    content.heading,
    ...content.paragraphs,
    content.body?.text ?? '',
    action ? `${action.label}:\n${action.url}` : '',
    '--',
    content.footerNote ?? '',
    [content.charityName, ...(content.address ?? '').split(/\r?\n/).filter((line) => line.trim())].join('\n'),
    ...[...(unsubscribe ? [unsubscribe] : []), ...footerLinks].map((link) => `${link.label}:\n${link.url}`),
  ]
  return `${blocks.filter((block) => block.trim()).join('\n\n')}\n`
}

/**
 * Renders a simple, accessible branded e-mail (HTML + text) in the given language: heading,
 * paragraphs, one call-to-action button link, footer with charity name + postal address from site
 * settings and, if given, the unsubscribe link. Every value is text: HTML in it is escaped, except
 * `body.html`, which its renderer has already made safe (an update's body, see updates-sending).
 */
export function renderMail(input: MailContent): { html: string; text: string } {
  const { dir } = localeDefinition(input.locale)
  const fallbackText = translator(input.locale)('mail.linkFallback')
  // hono/jsx elements render to their HTML when turned into a string (this template has no async parts).
  const markup: unknown = <MailDocument {...input} dir={dir} fallbackText={fallbackText} />
  return { html: `<!doctype html>${String(markup)}`, text: plainText(input) }
}
