// `npm run bench`: the production build on a fresh SQLite database with demo content, under load.
// Settings: BENCH_SECONDS, BENCH_WARMUP_SECONDS, BENCH_CONNECTIONS, BENCH_PORT, BENCH_KEEP_DATA=1,
// BENCH_POSTGRES_URL (a PostgreSQL server for the PostgreSQL target; empty skips it).
// Exits 0 with a missed budget (it reports, the reader judges); non-zero when it cannot measure.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { evaluateBudgets } from './budgets'
import { killAllChildrenNow, stopAllChildren } from './children'
import { benchConfig } from './config'
import { ensureProductionBuild } from './ensure-build'
import { measureLoad } from './load'
import { residentMemoryMb } from './memory'
import { measurePageWeight } from './page-weight'
import { freePort } from './ports'
import { formatReport, writeResults } from './report'
import type { BenchResults, MemoryResult, ScenarioResult } from './results'
import { explainerPath, scenarios, targets } from './scenarios'
import { campaignPath } from './signatures'
import { createBenchPostgres, sqliteRows } from './row-store'
import { capturePage, seedDatabase, startTarget, type RunState } from './start-target'
import { measureUpdateSend, type UpdateSendResult } from './update-send'

/** Set while a data folder exists, so an interrupted run removes it too. */
let removeDataDir: (() => void) | undefined

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return null
  }
}

async function main(): Promise<void> {
  const config = benchConfig()
  const startedAt = new Date().toISOString()
  const buildId = ensureProductionBuild()
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'abolition-bench-'))
  removeDataDir = () => {
    if (config.keepData) console.log(`data kept in ${dataDir}`)
    else rmSync(dataDir, { recursive: true, force: true })
    removeDataDir = undefined
  }
  const state: RunState = { pageWeight: null }
  const scenarioResults: ScenarioResult[] = []
  const memory: MemoryResult[] = []
  let updateSend: UpdateSendResult | null = null
  const loadAverage = os.loadavg()
  const wanted = (id: string) => !config.only || config.only.includes(id)

  try {
    await seedDatabase(config, dataDir)
    for (const [index, target] of targets.entries()) {
      const mine = scenarios.filter((s) => s.target === target.name && wanted(s.id))
      if (!mine.length) continue
      const postgres = target.postgres ? await createBenchPostgres(config.postgresUrl) : undefined
      if (target.postgres && !postgres) continue
      console.log(`starting ${target.name}: ${target.description}`)
      const rows = postgres ?? sqliteRows(dataDir)
      const server = await startTarget(target, index, config, dataDir, state, postgres?.url).catch(async (error: unknown) => {
        await postgres?.drop()
        throw error
      })
      try {
        if (target.kind === 'site' && !state.explainerPage) {
          state.explainerPage = await capturePage(server.baseUrl)
          state.campaignPage = await capturePage(server.baseUrl, campaignPath)
          state.pageWeight = await measurePageWeight(server.baseUrl, explainerPath)
        }
        for (const scenario of mine) {
          console.log(`  measuring ${scenario.label} (${scenario.path})`)
          const load = await measureLoad({
            url: `${server.baseUrl}${scenario.path}`,
            connections: config.connections,
            warmupSeconds: config.warmupSeconds,
            seconds: config.seconds,
            request: scenario.prepare ? await scenario.prepare(server.baseUrl) : scenario.request,
          })
          const integrity = scenario.integrity ? await scenario.integrity(server.baseUrl, rows, config.connections) : undefined
          scenarioResults.push({ id: scenario.id, label: scenario.label, target: scenario.target, path: scenario.path, ...load, integrity })
        }
        // The memory budget is the embedded default's; the PostgreSQL server's first start also seeded.
        if (target.kind === 'site' && !target.postgres) memory.push({ target: target.name, rssMb: residentMemoryMb(server.pid) ?? null })
      } finally {
        await server.stop()
        await postgres?.drop()
      }
    }
    if (config.updateRecipients > 0 && wanted('update-send')) {
      console.log(`sending one update to ${config.updateRecipients} supporters (SMTP sink on loopback)`)
      const port = config.basePort ? config.basePort + targets.length + 1 : await freePort()
      updateSend = await measureUpdateSend(config, dataDir, port, config.updateRecipients)
    }
  } finally {
    removeDataDir?.()
  }

  const measured = { scenarios: scenarioResults, memory, pageWeight: state.pageWeight, updateSend }
  const results: BenchResults = {
    startedAt,
    finishedAt: new Date().toISOString(),
    machine: { cpus: os.availableParallelism(), cpuModel: os.cpus()[0]?.model ?? 'unknown', loadAverage, node: process.version, platform: `${os.platform()} ${os.release()}` },
    build: { buildId, gitCommit: gitCommit() },
    settings: { connections: config.connections, warmupSeconds: config.warmupSeconds, seconds: config.seconds },
    ...measured,
    budgets: evaluateBudgets(measured),
  }
  console.log(`\n${formatReport(results)}\n`)
  console.log(`results written to ${writeResults(results)} and bench/results/latest.json`)
}

process.once('exit', killAllChildrenNow)
// A Ctrl-C reaches this process twice (from the terminal and relayed by tsx): stop once, and
// ignore the repeat rather than let it kill the process before the servers are stopped.
let stopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    console.error(`\n${signal}: stopping the servers the benchmark started`)
    void stopAllChildren().finally(() => {
      removeDataDir?.()
      process.exit(130)
    })
  })
}

try {
  await main()
} catch (error) {
  console.error(`benchmark failed: ${error instanceof Error ? error.message : String(error)}`)
  await stopAllChildren()
  process.exitCode = 1
}
