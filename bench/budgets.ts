import type { BudgetResult, MemoryResult, ScenarioResult } from './results'
import type { PageWeight } from './page-weight'
import type { UpdateSendResult } from './update-send'

/** The issues' budgets (#2, #4, #6, #9). KB and MB are 1024-based here, as `du -h` and /proc count them. */
const pageBudgetBytes = 9 * 1024
const memoryBudgetMb = 500

type Measured = { scenarios: ScenarioResult[]; memory: MemoryResult[]; pageWeight: PageWeight | null; updateSend?: UpdateSendResult | null }

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

  // Issues 4 and 6: at least 300 writes/s with p99 under 300 ms at 50 connections, and nothing lost.
  budgets.push(...writeBudgets(scenario(measured, 'signup'), 'sign-ups'), ...writeBudgets(scenario(measured, 'signature'), 'signatures'))

  budgets.push(campaignPageBudget(measured))

  budgets.push(...updateSendBudgets(measured.updateSend))

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

/**
 * Issue 6: the campaign page, whose count refreshes every few seconds, stays within 20 % of an
 * ordinary cached page. Each is taken as a share of what bare node:http does with the same bytes:
 * the campaign page is half as large again as the explainer, which alone costs a third of the
 * ceiling (34,282 against 51,069 req/s, measured), and that is not what the budget is about.
 */
function campaignPageBudget(measured: Measured): BudgetResult {
  const name = 'campaign page vs cached explainer'
  const limit = '>= 80% of the explainer, each as a share of bare node:http with its bytes'
  const [campaign, explainer, campaignCeiling, explainerCeiling] = ['campaign-cached', 'explainer-cached', 'bare-campaign', 'bare-explainer'].map((id) => scenario(measured, id))
  if (!campaign || !explainer || !campaignCeiling || !explainerCeiling) return missing(name, limit)
  const campaignShare = campaign.requestsPerSecond / campaignCeiling.requestsPerSecond
  const explainerShare = explainer.requestsPerSecond / explainerCeiling.requestsPerSecond
  const percent = (share: number) => `${Math.round(100 * share)}%`
  return {
    name,
    pass: campaignShare >= 0.8 * explainerShare,
    measured: `${percent(campaignShare / explainerShare)} (${percent(campaignShare)} vs ${percent(explainerShare)} of their ceilings; ${percent(campaign.requestsPerSecond / explainer.requestsPerSecond)} in req/s)`,
    limit,
  }
}

/** A form-post scenario's budgets: throughput, tail latency, and every accepted post stored. */
function writeBudgets(result: ScenarioResult | undefined, noun: string): BudgetResult[] {
  if (!result) return [missing(`${noun}/s`, '>= 300/s'), missing(`${noun} p99`, '< 300 ms'), missing(`${noun} stored = accepted`, 'equal')]
  const { integrity } = result
  return [
    { name: `${noun}/s`, pass: result.requestsPerSecond >= 300, measured: `${result.requestsPerSecond}`, limit: '>= 300/s' },
    { name: `${noun} p99`, pass: result.latencyP99Ms < 300, measured: `${result.latencyP99Ms} ms`, limit: '< 300 ms' },
    integrity
      ? {
          name: `${noun} stored = accepted`,
          pass: integrity.created === integrity.succeeded && integrity.succeeded === integrity.sent,
          measured: `${integrity.created} stored of ${integrity.succeeded} accepted (${integrity.sent} sent)`,
          limit: 'equal',
        }
      : missing(`${noun} stored = accepted`, 'equal'),
  ]
}

/**
 * Issue 9: at least 200 messages/s to a local sink, every recipient exactly once, and flat memory.
 * "Flat" is read from the samples taken during the send: the server's memory may grow at first
 * (V8 sizes its heap to the work), but over the second half of the send it must stay within 50 MB
 * of where it was halfway. Memory that grew with the recipients (all of them loaded at once, or
 * something kept per message) would keep climbing.
 */
function updateSendBudgets(result: UpdateSendResult | null | undefined): BudgetResult[] {
  const limits = { rate: '>= 200 messages/s', once: 'each recipient once', memory: '2nd half of the send: < +50 MB' }
  if (!result) return [missing('update send rate', limits.rate), missing('update send: delivered', limits.once), missing('update send memory', limits.memory)]
  const halfway = result.samples.find((sample) => sample.sent >= result.recipients / 2)
  const laterPeak = halfway ? Math.max(...result.samples.filter((sample) => sample.sent >= halfway.sent).map((sample) => sample.rssMb)) : undefined
  return [
    { name: 'update send rate', pass: result.messagesPerSecond >= 200, measured: `${result.messagesPerSecond} messages/s`, limit: limits.rate },
    {
      name: 'update send: delivered',
      pass: result.delivered === result.recipients && result.duplicates === 0,
      measured: `${result.delivered} of ${result.recipients}, ${result.duplicates} twice`,
      limit: limits.once,
    },
    halfway && laterPeak !== undefined
      ? {
          name: 'update send memory',
          pass: laterPeak - halfway.rssMb < 50,
          measured: `${halfway.rssMb} MB halfway, ${laterPeak} MB at most after (${result.rssBeforeMb ?? '?'} MB before)`,
          limit: limits.memory,
        }
      : missing('update send memory', limits.memory),
  ]
}
