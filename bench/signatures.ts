import autocannon from 'autocannon'
import { DatabaseSync } from 'node:sqlite'
import path from 'node:path'
import type { LoadRequest } from './load'
import type { SignUpIntegrity } from './sign-up'

/** Issue 6: the seed's open campaign. */
export const campaignPath = '/campaigns/end-forced-labour-in-supply-chains'

const field = (html: string, name: string): string => {
  const value = new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1]
  if (!value) throw new Error(`the petition form has no ${name} field`)
  return value
}

/** The petition POST as a browser sends it (hidden fields read from the page), a distinct address each. */
export async function signatureRequest(baseUrl: string): Promise<LoadRequest> {
  const html = await (await fetch(`${baseUrl}${campaignPath}`)).text()
  const form = html.slice(html.indexOf('ab-petition__form'))
  const rendered = field(form, 'rendered')
  const age = Date.now() - Number(rendered.split('.')[0])
  if (age < 2500) await new Promise((resolve) => setTimeout(resolve, 2500 - age))
  const body =
    `firstName=Bench&lastName=Signer&email=bench-sig-[<id>]%40example.org&country=GB&postcode=&version=${field(form, 'version')}` +
    `&wording=${field(form, 'wording')}&rendered=${encodeURIComponent(rendered)}`
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin' },
    body,
    idReplacement: true,
    successIsRedirect: true,
  }
}

const countBenchSignatures = (dataDir: string): number => {
  const db = new DatabaseSync(path.join(dataDir, 'site.db'), { readOnly: true })
  try {
    const row = db.prepare("SELECT count(*) AS n FROM signatures WHERE email LIKE 'bench-sig-%'").get() as { n: number }
    return Number(row.n)
  } finally {
    db.close()
  }
}

async function settledCount(dataDir: string): Promise<number> {
  let last = countBenchSignatures(dataDir)
  for (let i = 0; i < 60; i++) {
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const now = countBenchSignatures(dataDir)
    if (now === last) return now
    last = now
  }
  return last
}

/** A fixed number of signatures at the run's concurrency: rows created must equal the 303s. */
export async function checkSignatureIntegrity(baseUrl: string, dataDir: string, connections: number, amount = 1000): Promise<SignUpIntegrity> {
  const request = await signatureRequest(baseUrl)
  const before = await settledCount(dataDir)
  const result = await autocannon({
    url: `${baseUrl}${campaignPath}`,
    connections,
    amount,
    method: request.method,
    headers: request.headers,
    body: (request.body ?? '').replaceAll('bench-sig-[<id>]', 'bench-sig-check-[<id>]'),
    idReplacement: true,
  })
  return { sent: amount, succeeded: result['3xx'], created: (await settledCount(dataDir)) - before }
}
