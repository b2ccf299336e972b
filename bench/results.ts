import type { LoadResult } from './load'
import type { PageWeight } from './page-weight'
import type { WriteIntegrity } from './form-posts'
import type { TargetName } from './scenarios'
import type { UpdateSendResult } from './update-send'

export type ScenarioResult = LoadResult & { id: string; label: string; target: TargetName; path: string; integrity?: WriteIntegrity }

export type MemoryResult = { target: TargetName; rssMb: number | null }

export type BudgetResult = { name: string; pass: boolean; measured: string; limit: string }

export type BenchResults = {
  startedAt: string
  finishedAt: string
  machine: { cpus: number; cpuModel: string; loadAverage: number[]; node: string; platform: string }
  build: { buildId: string; gitCommit: string | null }
  settings: { connections: number; warmupSeconds: number; seconds: number }
  scenarios: ScenarioResult[]
  memory: MemoryResult[]
  pageWeight: PageWeight | null
  /** Issue 9: one update to BENCH_UPDATE_RECIPIENTS supporters (null when not run). */
  updateSend: UpdateSendResult | null
  budgets: BudgetResult[]
}
