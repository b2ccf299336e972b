import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { cachedToBareRatio } from './budgets'
import type { BenchResults } from './results'

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)))
  // Text left, numbers right, as a reader scans them.
  const cell = (value: string, i: number) => (i === 0 ? value.padEnd(widths[i] ?? 0) : value.padStart(widths[i] ?? 0))
  const line = (row: string[]) => row.map(cell).join('  ')
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

export function formatReport(results: BenchResults): string {
  const { settings } = results
  const out: string[] = []
  out.push(
    `abolition benchmark: ${settings.connections} connections, ${settings.warmupSeconds} s warm-up + ${settings.seconds} s per scenario` +
      ` (${results.machine.cpus} CPUs, load average ${results.machine.loadAverage.map((l) => l.toFixed(2)).join(' ')} at start)`,
    '',
    table(
      ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'non-2xx', 'errors'],
      results.scenarios.map((s) =>
        [s.label, s.requestsPerSecond, s.latencyP50Ms, s.latencyP99Ms, s.requests, s.non2xx, s.errors].map(String),
      ),
    ),
  )
  const writes = results.scenarios.flatMap((s) => (s.integrity ? [`${s.label}: ${s.integrity.created} stored of ${s.integrity.succeeded} accepted (${s.integrity.sent} sent)`] : []))
  if (writes.length) out.push('', 'nothing lost (a fixed number of posts after each timed run):', ...writes.map((line) => `  ${line}`))

  const ratio = cachedToBareRatio(results)
  if (ratio !== undefined) out.push('', `cached explainer / bare node:http: ${(ratio * 100).toFixed(0)}%`)

  out.push('', ...results.memory.map((m) => `server RSS after load (${m.target}): ${m.rssMb === null ? 'unknown' : `${m.rssMb} MB`}`))

  const send = results.updateSend
  if (send) {
    out.push(
      '',
      `update send: ${send.recipients} supporters, SMTP sink on loopback: ${send.delivered} received it (${send.duplicates} twice) in ${send.totalSeconds} s` +
        ` = ${send.messagesPerSecond} messages/s from "Send now" to sent (${send.sendingMessagesPerSecond}/s while sending);` +
        ` server RSS ${send.rssBeforeMb ?? '?'} MB before, ${send.rssPeakMb ?? '?'} MB at most during, ${send.rssAfterMb ?? '?'} MB after`,
    )
  }

  const weight = results.pageWeight
  if (weight) {
    out.push(
      '',
      `page weight of ${weight.path} (${weight.inlineScripts} inline scripts):`,
      table(
        ['resource', 'raw', 'gzip served', 'gzip -9'],
        weight.resources.map((r) => [`${r.kind} ${new URL(r.url).pathname}`, kb(r.rawBytes), r.servedGzipBytes === null ? 'not gzipped' : kb(r.servedGzipBytes), kb(r.gzip9Bytes)]),
      ),
      `total: ${kb(weight.totalRawBytes)} raw, ${kb(weight.totalGzipBytes)} gzipped`,
    )
  }

  out.push('', table(['budget', 'measured', 'limit', 'result'], results.budgets.map((b) => [b.name, b.measured, b.limit, b.pass ? 'pass' : 'FAIL'])))
  return out.join('\n')
}

/** One file per run (to compare runs over time) plus latest.json (for tools and notes). */
export function writeResults(results: BenchResults, directory = 'bench/results'): string {
  mkdirSync(directory, { recursive: true })
  const json = `${JSON.stringify(results, null, 2)}\n`
  const file = path.join(directory, `${results.startedAt.replaceAll(':', '-')}.json`)
  writeFileSync(file, json)
  writeFileSync(path.join(directory, 'latest.json'), json)
  return file
}
