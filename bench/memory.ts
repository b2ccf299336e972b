import { readFileSync } from 'node:fs'

/** Resident set size of a process in MB (MiB), from Linux's /proc; undefined elsewhere. */
export function residentMemoryMb(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status)?.[1]
    return kb === undefined ? undefined : Math.round((Number(kb) / 1024) * 10) / 10
  } catch {
    return undefined
  }
}
