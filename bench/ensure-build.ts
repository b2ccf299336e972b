import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'

const buildLock = '/tmp/abolition-build.lock'
const buildIfMissing = '[ -f .next/BUILD_ID ] && [ -f dist/server.js ] || { echo "No production build: running npm run build (a few minutes)."; npm run build; }'

/**
 * The benchmark measures the production build. `.next` and `dist` are shared with anyone else
 * working in this checkout, and every build holds the build lock: taking it waits for a build in
 * progress (measuring a half-written build would fail), then builds only if none exists.
 */
export function ensureProductionBuild(): string {
  let result = spawnSync('flock', [buildLock, 'sh', '-c', buildIfMissing], { stdio: 'inherit' })
  if (result.error && 'code' in result.error && result.error.code === 'ENOENT') {
    // No flock on this machine (it is util-linux): nobody else can be building with it either.
    result = spawnSync('sh', ['-c', buildIfMissing], { stdio: 'inherit' })
  }
  if (result.status !== 0 || !existsSync('.next/BUILD_ID') || !existsSync('dist/server.js')) {
    throw new Error('`npm run build` failed: no production build to measure')
  }
  return readFileSync('.next/BUILD_ID', 'utf8').trim()
}
