import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { stopChild, track } from './children'
import type { RunningServer } from './site-server'
import { waitUntilServing } from './wait-until'

export type CapturedPage = { body: Buffer; contentType: string }

export async function startBareServer(options: { port: number; dataDir: string; page: CapturedPage }): Promise<RunningServer> {
  const bodyFile = path.join(options.dataDir, 'bare-body.html')
  writeFileSync(bodyFile, options.page.body)
  const child = spawn(process.execPath, [path.join(import.meta.dirname, 'bare-server-child.ts')], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      BARE_BODY_FILE: bodyFile,
      BARE_CONTENT_TYPE: options.page.contentType,
      BARE_PORT: String(options.port),
    },
  })
  track(child)
  let exit: string | undefined
  child.once('exit', (code, signal) => (exit = signal ? `signal ${signal}` : `exit code ${code}`))
  child.once('error', (error) => (exit = error.message))
  const baseUrl = `http://127.0.0.1:${options.port}`
  try {
    await waitUntilServing({ baseUrl, path: '/', timeoutMs: 10_000, exited: () => exit })
  } catch (error) {
    await stopChild(child)
    throw new Error(`the bare node:http server did not start: ${error instanceof Error ? error.message : String(error)}`)
  }
  if (child.pid === undefined) throw new Error('the bare server has no pid')
  return { baseUrl, pid: child.pid, stop: () => stopChild(child) }
}
