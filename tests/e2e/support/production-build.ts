import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

/** The lock every process that writes `.next`/`dist` takes; the server under test holds it shared. */
export const buildLockFile = '/tmp/abolition-build.lock'

export const hasFlock = (): boolean => spawnSync('flock', ['--version'], { stdio: 'ignore' }).status === 0

const isBuilt = (root: string): boolean =>
  existsSync(path.join(root, '.next/BUILD_ID')) && existsSync(path.join(root, 'dist/server.js'))

/**
 * The browser tests run the production build, as operators do. A checkout without one gets
 * built once here (about two minutes); an existing build is used as it is.
 */
export function ensureProductionBuild(root: string): void {
  if (isBuilt(root)) return
  console.log('[e2e] no production build found: running `npm run build` (about two minutes)')
  // Under the lock, look again: another process may have just finished the same build.
  const buildIfMissing = 'test -f .next/BUILD_ID && test -f dist/server.js || npm run build'
  const command = hasFlock() ? ['flock', buildLockFile, 'sh', '-c', buildIfMissing] : ['sh', '-c', buildIfMissing]
  const result = spawnSync(command[0]!, command.slice(1), { cwd: root, stdio: 'inherit' })
  if (result.status !== 0 || !isBuilt(root)) throw new Error(`\`npm run build\` failed (exit ${result.status ?? 'signal'})`)
}
