// `npm start`: build once if this checkout has no build yet, then run the production server.
// The server applies pending migrations and seeds demo content into an empty database itself.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import os from 'node:os'
import { serverNodeFlags } from './server-node-flags.mjs'

const built = existsSync('.next/BUILD_ID') && existsSync('dist/server.js')
if (!built) {
  console.log('No build found: running `npm run build` first (about two minutes).')
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
// NODE_OPTIONS counts too (docs/deploy.md offers it). Below 2 GiB V8 picks a smaller nursery itself.
const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)]
const missingFlags = serverNodeFlags.filter((flag) => !given.includes(flag))
if (missingFlags.length && os.totalmem() > 2 * 1024 ** 3) {
  console.warn(`Started without ${missingFlags.join(' ')}: the server will use more memory than it needs (see docs/deploy.md).`)
}
process.env.NODE_ENV = 'production'
await import('../dist/server.js')
