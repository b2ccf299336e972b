import { createHash } from 'node:crypto'
import { html, raw } from 'hono/html'
import type { Payload } from 'payload'
import type { Campaign } from '../../../payload-types'
import { campaignsSlug } from '../Campaigns'
import { deliveryRows, type DeliveryRow } from './delivery-rows'

/** Plain, dense and black on white: it is printed and handed over, often on many pages. */
const style = `
body { font: 11pt/1.4 -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif; color: #000; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
h1 { font-size: 18pt; margin: 0 0 0.5rem; }
blockquote { margin: 1rem 0; padding-left: 1rem; border-left: 3px solid #000; white-space: pre-line; }
table { width: 100%; border-collapse: collapse; margin-top: 1rem; }
th, td { text-align: left; padding: 0.2rem 0.5rem 0.2rem 0; border-bottom: 1px solid #999; vertical-align: top; }
th { border-bottom: 2px solid #000; }
td.number, th.number { text-align: right; padding-right: 1rem; font-variant-numeric: tabular-nums; }
.instructions { background: #f1f1f1; padding: 0.75rem 1rem; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
  .instructions { display: none; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  @page { margin: 15mm; }
}
`

/** Only this exact stylesheet may apply; the page runs no script and loads nothing. */
const contentSecurityPolicy = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' })
const countryName = (code: string): string => {
  try {
    return countryNames.of(code) ?? code
  } catch {
    return code
  }
}

/** "SW1A, United Kingdom" for a UK signer who gave a postcode, otherwise the country. */
const place = (row: DeliveryRow): string => (row.postcodeArea ? `${row.postcodeArea}, ${countryName(row.country)}` : countryName(row.country))

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
const formatDay = (day: string): string => dateFormat.format(new Date(`${day}T00:00:00Z`))

export type DeliveryPage = { status: 200 | 404; body: string; headers: Record<string, string> }

/**
 * The printable list for delivering a petition: the campaign, who it is addressed to, its wording,
 * then every verified signature (name, country or postcode area, date, and the e-mail address only
 * when asked for). The same rows as the delivery CSV. Signatures given to an earlier wording are
 * marked with its version, so the list never claims support for words a person did not see.
 */
export async function deliveryPage(payload: Payload, campaignId: number, options: { withEmail: boolean; now?: Date }): Promise<DeliveryPage> {
  const headers = {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'private, no-store',
    'Content-Security-Policy': contentSecurityPolicy,
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'X-Robots-Tag': 'noindex',
  }
  const campaign: Campaign | null = await payload.findByID({ collection: campaignsSlug, id: campaignId, locale: 'en', depth: 0, overrideAccess: true, disableErrors: true })
  if (!campaign) return { status: 404, body: '<!doctype html><title>No such campaign</title><p>No such campaign.</p>', headers }
  const rows: DeliveryRow[] = []
  for await (const row of deliveryRows(payload, campaignId)) rows.push(row)
  const currentVersion = campaign.petitionVersion ?? 1
  const showVersion = rows.some((row) => row.petitionVersion !== currentVersion)
  const today = dateFormat.format(options.now ?? new Date())
  const csvUrl = `/api/signatures/delivery.csv?campaign=${campaignId}${options.withEmail ? '&email=1' : ''}`
  const body = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Signatures: ${campaign.title}</title>
<style>${raw(style)}</style>
</head>
<body>
<p class="instructions">Print this page from your browser (Ctrl+P, or ⌘P on a Mac). The same list as a spreadsheet: <a href="${csvUrl}">download the CSV</a>.</p>
<h1>${campaign.title}</h1>
<p>To: ${campaign.target}</p>
<blockquote><p>${campaign.petitionText}</p></blockquote>
<p><strong>${rows.length.toLocaleString('en-GB')}</strong> verified ${rows.length === 1 ? 'signature' : 'signatures'}, as of ${today}.${showVersion ? ` Signatures marked with a version number were given to an earlier wording of the petition (the wording above is version ${currentVersion}).` : ''}</p>
<table>
<thead><tr><th class="number" scope="col">#</th><th scope="col">Name</th><th scope="col">Country or postcode area</th><th scope="col">Signed on</th>${showVersion ? html`<th scope="col">Version</th>` : ''}${options.withEmail ? html`<th scope="col">E-mail</th>` : ''}</tr></thead>
<tbody>
${rows.map(
  (row, index) =>
    html`<tr><td class="number">${index + 1}</td><td>${row.firstName} ${row.lastName}</td><td>${place(row)}</td><td>${formatDay(row.signedOn)}</td>${showVersion ? html`<td>${row.petitionVersion === currentVersion ? '' : row.petitionVersion}</td>` : ''}${options.withEmail ? html`<td>${row.email}</td>` : ''}</tr>\n`,
)}</tbody>
</table>
</body>
</html>
`
  return { status: 200, body: String(await body), headers }
}
