import type { LoadRequest } from './load'
import type { WriteIntegrity } from './form-posts'
import type { RowStore } from './row-store'
import { checkSignUpIntegrity, signUpRequest } from './sign-up'
import { campaignPath, checkSignatureIntegrity, signatureRequest } from './signatures'

/**
 * The servers a benchmark run starts, in the order it starts them. `site` comes first: the page
 * weight and the bytes the `bare` ceiling serves are taken from it. Each site server is a fresh
 * process on the same database (seeded by the first).
 */
export type TargetName = 'site' | 'bare' | 'bare-campaign' | 'site-uncached' | 'site-postgres'

export type Target = {
  name: TargetName
  description: string
  kind: 'site' | 'bare'
  /** Environment for a site server on top of the benchmark's own. */
  env?: Record<string, string>
  /** A fresh PostgreSQL database of its own (BENCH_POSTGRES_URL) instead of the shared SQLite file. */
  postgres?: boolean
  /** For a bare server: which captured page it serves (the explainer unless said). */
  page?: 'explainer' | 'campaign'
}

export const targets: Target[] = [
  { name: 'site', description: 'production server, page cache on', kind: 'site', env: { PAGE_CACHE: 'on' } },
  { name: 'bare', description: 'bare node:http with the explainer bytes in memory', kind: 'bare' },
  // The campaign page is half as large again as the explainer (its country list), and bytes alone
  // cost throughput: its own ceiling is what its cached copy is compared with (issue 6).
  { name: 'bare-campaign', description: 'bare node:http with the campaign page bytes in memory', kind: 'bare', page: 'campaign' },
  { name: 'site-uncached', description: 'production server, PAGE_CACHE=off', kind: 'site', env: { PAGE_CACHE: 'off' } },
  // Issue 4 asks for the PostgreSQL figure too; its first start migrates and seeds its database.
  { name: 'site-postgres', description: 'production server on PostgreSQL, page cache on', kind: 'site', env: { PAGE_CACHE: 'on' }, postgres: true },
]

export const explainerPath = '/slavery-today/human-trafficking'

/**
 * What is measured. A later issue adds its scenarios here (a form POST, search, a Postgres
 * target...) and, if it has one, its budget in budgets.ts, keyed by the scenario's id.
 */
export type Scenario = {
  /** Stable key in the JSON results and in budgets. */
  id: string
  label: string
  target: TargetName
  path: string
  request?: LoadRequest
  /** Builds the request from the running server (e.g. a form's hidden fields). */
  prepare?: (baseUrl: string) => Promise<LoadRequest>
  /** After the load: checks that nothing accepted was lost. */
  integrity?: (baseUrl: string, rows: RowStore, connections: number) => Promise<WriteIntegrity>
}

export const scenarios: Scenario[] = [
  { id: 'explainer-cached', label: 'explainer (cached)', target: 'site', path: explainerPath },
  { id: 'home-cached', label: 'home (cached)', target: 'site', path: '/' },
  { id: 'bare-explainer', label: 'bare node:http, same bytes', target: 'bare', path: '/' },
  { id: 'bare-campaign', label: 'bare node:http, campaign page bytes', target: 'bare-campaign', path: '/' },
  { id: 'explainer-uncached', label: 'explainer (PAGE_CACHE=off)', target: 'site-uncached', path: explainerPath },
  // Issue 4: distinct addresses, RATE_LIMITS=off (every site target runs so), POST -> 303.
  { id: 'signup', label: 'sign-up POST (SQLite)', target: 'site', path: '/updates', prepare: signUpRequest, integrity: checkSignUpIntegrity },
  // Issue 6: petition signatures with distinct addresses, and the campaign page (cached; its count
  // refreshes every 5 s), measured right after, while the signatures' mail is still being sent.
  { id: 'signature', label: 'petition signature POST (SQLite)', target: 'site', path: campaignPath, prepare: signatureRequest, integrity: checkSignatureIntegrity },
  { id: 'campaign-cached', label: 'campaign page (cached, count ≤ 5 s old)', target: 'site', path: campaignPath },
  { id: 'signup-postgres', label: 'sign-up POST (PostgreSQL)', target: 'site-postgres', path: '/updates', prepare: signUpRequest, integrity: checkSignUpIntegrity },
  { id: 'signature-postgres', label: 'petition signature POST (PostgreSQL)', target: 'site-postgres', path: campaignPath, prepare: signatureRequest, integrity: checkSignatureIntegrity },
]
