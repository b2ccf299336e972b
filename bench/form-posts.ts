import autocannon from 'autocannon'
import type { LoadRequest } from './load'
import type { RowStore } from './row-store'

/** Issues 4 and 6: every accepted form post must be stored; nothing may be lost under load. */
export type WriteIntegrity = { sent: number; succeeded: number; created: number }

/** A hidden field's value as the page rendered it. */
export function hiddenField(html: string, name: string, form: string): string {
  const value = new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1]
  if (!value) throw new Error(`the ${form} form has no ${name} field`)
  return value
}

/** Waits until the form's signed render time is older than the 2-second bot check. */
export async function ageRenderStamp(rendered: string): Promise<void> {
  const age = Date.now() - Number(rendered.split('.')[0])
  if (age < 2500) await new Promise((resolve) => setTimeout(resolve, 2500 - age))
}

/** A form POST as a browser sends it; `[<id>]` in the body becomes a unique id per request. */
export const formPost = (body: string): LoadRequest => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin' },
  body,
  idReplacement: true,
  successIsRedirect: true,
})

/** The count once the server has finished what was still in flight (it stops changing for a second). */
async function settledCount(rows: RowStore, sql: string): Promise<number> {
  let last = await rows.count(sql)
  for (let i = 0; i < 60; i++) {
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const now = await rows.count(sql)
    if (now === last) return now
    last = now
  }
  return last
}

/**
 * A fixed number of posts at the run's concurrency (a timed run would cut off requests in flight):
 * the rows created, counted by `countSql` (a query returning `n`), must equal the 303 responses.
 */
export async function checkWriteIntegrity(options: {
  url: string
  request: LoadRequest
  rows: RowStore
  countSql: string
  connections: number
  amount: number
}): Promise<WriteIntegrity> {
  const before = await settledCount(options.rows, options.countSql)
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    amount: options.amount,
    method: options.request.method,
    headers: options.request.headers,
    body: options.request.body,
    idReplacement: true,
  })
  const created = (await settledCount(options.rows, options.countSql)) - before
  return { sent: options.amount, succeeded: result['3xx'], created }
}
