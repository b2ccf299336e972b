import autocannon from 'autocannon'
import { DatabaseSync } from 'node:sqlite'
import path from 'node:path'
import type { LoadRequest } from './load'

/** Issue 4: every accepted sign-up must be stored; nothing may be lost under load. */
export type SignUpIntegrity = { sent: number; succeeded: number; created: number }

const field = (html: string, name: string): string => {
  const value = new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1]
  if (!value) throw new Error(`the /updates form has no ${name} field`)
  return value
}

/**
 * The sign-up POST as a browser sends it: the form's wording version and signed render time (read
 * from the page, then aged past the 2-second bot check), a distinct address per request.
 */
export async function signUpRequest(baseUrl: string): Promise<LoadRequest> {
  const html = await (await fetch(`${baseUrl}/updates`)).text()
  const wording = field(html, 'wording')
  const rendered = field(html, 'rendered')
  const age = Date.now() - Number(rendered.split('.')[0])
  if (age < 2500) await new Promise((resolve) => setTimeout(resolve, 2500 - age))
  const body = `email=bench-[<id>]%40example.org&wording=${wording}&form=updates-page&page=%2Fupdates&rendered=${encodeURIComponent(rendered)}`
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin' },
    body,
    idReplacement: true,
    successIsRedirect: true,
  }
}

const countBenchSupporters = (dataDir: string): number => {
  const db = new DatabaseSync(path.join(dataDir, 'site.db'), { readOnly: true })
  try {
    const row = db.prepare("SELECT count(*) AS n FROM supporters WHERE email LIKE 'bench-%'").get() as { n: number }
    return Number(row.n)
  } finally {
    db.close()
  }
}

/** The count once the server has finished what was still in flight (it stops changing for a second). */
async function settledCount(dataDir: string): Promise<number> {
  let last = countBenchSupporters(dataDir)
  for (let i = 0; i < 60; i++) {
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const now = countBenchSupporters(dataDir)
    if (now === last) return now
    last = now
  }
  return last
}

/**
 * A fixed number of sign-ups at the same concurrency (a timed run would cut off requests in
 * flight): the supporters created must equal the successful responses.
 */
export async function checkSignUpIntegrity(baseUrl: string, dataDir: string, connections: number, amount = 1000): Promise<SignUpIntegrity> {
  const request = await signUpRequest(baseUrl)
  const before = await settledCount(dataDir)
  const result = await autocannon({
    url: `${baseUrl}/updates`,
    connections,
    amount,
    method: request.method,
    headers: request.headers,
    body: request.body,
    idReplacement: true,
  })
  return { sent: amount, succeeded: result['3xx'], created: (await settledCount(dataDir)) - before }
}
