/** Benchmark settings, overridable by environment so a quick check and the real run use one script. */
export type BenchConfig = {
  connections: number
  warmupSeconds: number
  seconds: number
  /** First port tried for the servers the benchmark starts; 0 picks free ports. */
  basePort: number
  startTimeoutSeconds: number
  keepData: boolean
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
  }
}
