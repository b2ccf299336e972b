// Runs Payload's CLI for the check scripts, isolated from the checkout: a throwaway DATA_DIR, secret
// and types file. Outside production every Payload start also regenerates the types file in a
// background process that outlives the command; it would rewrite src/payload-types.ts and hide the
// check's own finding. NODE_ENV=production turns that off (and push, which is dev-only anyway).
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const payloadBin = path.resolve('node_modules/payload/bin.js')

/** A temporary folder, removed when the process exits. */
export function scratchDir(prefix) {
  const dir = mkdtempSync(path.join(tmpdir(), `abolition-${prefix}-`))
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/**
 * `payload <args>` on this Node (npm scripts run Node 24 from node_modules/.bin); resolves with the
 * exit code and everything it printed. stdin is closed so a question can never wait for an answer;
 * the timeout catches a prompt that waits anyway.
 */
export function runPayload(args, { env, timeoutMs = 180_000 }) {
  const scratch = scratchDir('payload-cli')
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [payloadBin, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: timeoutMs,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PAYLOAD_SECRET: 'check-only-secret-not-used-for-anything-real',
        DATA_DIR: path.join(scratch, 'data'),
        DATABASE_URL: `file:${path.join(scratch, 'data', 'check.db')}`,
        PAYLOAD_PUSH: 'off',
        PAYLOAD_JOBS: 'off',
        SEED: 'off',
        PAYLOAD_TYPES_OUTPUT: path.join(scratch, 'payload-types.ts'),
        ...env,
      },
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('close', (code, signal) => resolve({ code, timedOut: signal === 'SIGTERM', output }))
  })
}
