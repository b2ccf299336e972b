/** Benchmark settings, overridable by environment so a quick check and the real run use one script. */
export type BenchConfig = {
  connections: number
  warmupSeconds: number
  seconds: number
  /** First port tried for the servers the benchmark starts; 0 picks free ports. */
  basePort: number
  startTimeoutSeconds: number
  keepData: boolean
  /** Supporters the update-send scenario writes to (0 skips it). */
  updateRecipients: number
  /** Only these scenario ids (BENCH_ONLY=a,b), or every scenario. */
  only?: string[]
  /** A PostgreSQL server the benchmark may create a database on (BENCH_POSTGRES_URL; empty: skip). */
  postgresUrl: string
}

function numberFrom(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number, got "${raw}"`)
  return value
}

export function benchConfig(): BenchConfig {
  return {
    connections: numberFrom('BENCH_CONNECTIONS', 50),
    warmupSeconds: numberFrom('BENCH_WARMUP_SECONDS', 3),
    seconds: numberFrom('BENCH_SECONDS', 10),
    basePort: numberFrom('BENCH_PORT', 0),
    startTimeoutSeconds: numberFrom('BENCH_START_TIMEOUT_SECONDS', 180),
    keepData: process.env.BENCH_KEEP_DATA === '1',
    updateRecipients: numberFrom('BENCH_UPDATE_RECIPIENTS', 10_000),
    only: process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',').map((id) => id.trim()) : undefined,
    postgresUrl: process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
  }
}
