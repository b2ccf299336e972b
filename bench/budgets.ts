import type { BudgetResult, MemoryResult, ScenarioResult } from './results'
import type { PageWeight } from './page-weight'

/** Issue #2's budgets. KB and MB are 1024-based here, as `du -h` and /proc count them. */
const pageBudgetBytes = 9 * 1024
const memoryBudgetMb = 500

type Measured = { scenarios: ScenarioResult[]; memory: MemoryResult[]; pageWeight: PageWeight | null }

function scenario(measured: Measured, id: string): ScenarioResult | undefined {
  return measured.scenarios.find((s) => s.id === id)
}

function missing(name: string, limit: string): BudgetResult {
  return { name, pass: false, measured: 'not measured', limit }
}

export function cachedToBareRatio(measured: Measured): number | undefined {
  const cached = scenario(measured, 'explainer-cached')
  const bare = scenario(measured, 'bare-explainer')
  if (!cached || !bare || bare.requestsPerSecond === 0) return undefined
  return cached.requestsPerSecond / bare.requestsPerSecond
}

export function evaluateBudgets(measured: Measured): BudgetResult[] {
  const budgets: BudgetResult[] = []

  const ratio = cachedToBareRatio(measured)
  const ratioLimit = '>= 50% of bare node:http req/s'
  budgets.push(
    ratio === undefined
      ? missing('explainer cached vs bare', ratioLimit)
      : { name: 'explainer cached vs bare', pass: ratio >= 0.5, measured: `${(ratio * 100).toFixed(0)}%`, limit: ratioLimit },
  )

  const cached = scenario(measured, 'explainer-cached')
  budgets.push(
    cached
      ? { name: 'explainer cached p99', pass: cached.latencyP99Ms < 20, measured: `${cached.latencyP99Ms} ms`, limit: '< 20 ms' }
      : missing('explainer cached p99', '< 20 ms'),
  )

  const uncached = scenario(measured, 'explainer-uncached')
  budgets.push(
    uncached
      ? { name: 'explainer uncached req/s', pass: uncached.requestsPerSecond >= 1000, measured: `${uncached.requestsPerSecond}`, limit: '>= 1000 req/s' }
      : missing('explainer uncached req/s', '>= 1000 req/s'),
  )

  const weight = measured.pageWeight
  budgets.push(
    weight
      ? {
          name: 'explainer HTML+CSS+JS gzipped',
          pass: weight.totalGzipBytes <= pageBudgetBytes,
          measured: `${(weight.totalGzipBytes / 1024).toFixed(1)} KB (${weight.totalGzipBytes} B)`,
          limit: `<= 9 KB (${pageBudgetBytes} B)`,
        }
      : missing('explainer HTML+CSS+JS gzipped', '<= 9 KB'),
  )

  const rss = measured.memory.map((m) => m.rssMb).filter((mb): mb is number => mb !== null)
  budgets.push(
    rss.length
      ? { name: 'server RSS after load', pass: Math.max(...rss) < memoryBudgetMb, measured: `${Math.max(...rss)} MB`, limit: `< ${memoryBudgetMb} MB` }
      : missing('server RSS after load', `< ${memoryBudgetMb} MB`),
  )

  // Issue 4: at least 300 sign-ups/s with p99 under 300 ms at 50 connections, and nothing lost.
  const signUps = scenario(measured, 'signup')
  budgets.push(
    signUps
      ? { name: 'sign-ups/s', pass: signUps.requestsPerSecond >= 300, measured: `${signUps.requestsPerSecond}`, limit: '>= 300/s' }
      : missing('sign-ups/s', '>= 300/s'),
    signUps
      ? { name: 'sign-up p99', pass: signUps.latencyP99Ms < 300, measured: `${signUps.latencyP99Ms} ms`, limit: '< 300 ms' }
      : missing('sign-up p99', '< 300 ms'),
    signUps?.integrity
      ? {
          name: 'sign-ups stored = accepted',
          pass: signUps.integrity.created === signUps.integrity.succeeded && signUps.integrity.succeeded === signUps.integrity.sent,
          measured: `${signUps.integrity.created} stored of ${signUps.integrity.succeeded} accepted (${signUps.integrity.sent} sent)`,
          limit: 'equal',
        }
      : missing('sign-ups stored = accepted', 'equal'),
  )

  // Not a budget of the issue, but numbers from a run that answered errors (or nothing) mean nothing.
  const failing = measured.scenarios.filter((s) => s.requests === 0 || s.non2xx > 0 || s.errors > 0)
  budgets.push({
    name: 'every scenario answered, all 2xx',
    pass: failing.length === 0,
    measured: failing.length
      ? failing.map((s) => `${s.id}: ${s.requests} done, ${s.non2xx} non-2xx, ${s.errors} errors`).join('; ')
      : 'all 2xx',
    limit: 'no errors',
  })
  return budgets
}
