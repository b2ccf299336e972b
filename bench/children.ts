import type { ChildProcess } from 'node:child_process'

/**
 * Every process the benchmark starts, so none outlives it: stopped politely at the end, and
 * killed outright if the benchmark is interrupted or crashes.
 */
const running = new Set<ChildProcess>()

export function track(child: ChildProcess): void {
  running.add(child)
  child.once('exit', () => running.delete(child))
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null
}

/** SIGTERM, then SIGKILL if the process has not exited within the grace period. */
export async function stopChild(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (hasExited(child)) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
  await exited
  clearTimeout(timer)
}

export async function stopAllChildren(): Promise<void> {
  await Promise.all([...running].map((child) => stopChild(child)))
}

/** Last resort on process exit: only synchronous work is possible there. */
export function killAllChildrenNow(): void {
  for (const child of running) if (!hasExited(child)) child.kill('SIGKILL')
}
