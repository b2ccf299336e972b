import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core'
import { afterAll, afterEach, beforeAll, inject } from 'vitest'
import { launchChromium } from './browser'
import { saveFailureArtifacts } from './failure-artifacts'
import { startProductionServer, tailOf, type ProductionServer, type ServerInfo } from './production-server'

export type Site = {
  readonly baseUrl: string
  readonly adminEmail: string
  readonly adminPassword: string
  /**
   * A fresh browser profile (no cookies) on the site, closed after the test, or after the
   * file's last test with `{ keep: 'file' }` (a journey that spans several tests).
   */
  newContext: (options?: BrowserContextOptions, lifetime?: { keep: 'test' | 'file' }) => Promise<BrowserContext>
}

/**
 * The production server (shared by the run through global-setup.ts, or started for this file
 * when the config has no global setup) and one Chromium per file. Contexts a test opens are
 * screenshotted if it fails, then closed.
 */
export function useSite(): Site {
  let server: ServerInfo | undefined
  let ownServer: ProductionServer | undefined
  let browser: Browser | undefined
  const forTest: BrowserContext[] = []
  const forFile: BrowserContext[] = []
  const started = () => {
    if (!server || !browser) throw new Error('useSite(): the server is not running (did beforeAll fail?)')
    return { server, browser }
  }

  beforeAll(async () => {
    server = inject('e2eServer')
    if (!server) server = ownServer = await startProductionServer()
    browser = await launchChromium()
  })

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && server) {
      await saveFailureArtifacts(context.task.name, [...forFile, ...forTest], tailOf(server.logFile, 200))
    }
    await Promise.all(forTest.splice(0).map((c) => c.close().catch(() => undefined)))
  })

  afterAll(async () => {
    await browser?.close()
    await ownServer?.stop()
  })

  return {
    get baseUrl() {
      return started().server.baseUrl
    },
    get adminEmail() {
      return started().server.adminEmail
    },
    get adminPassword() {
      return started().server.adminPassword
    },
    async newContext(options = {}, lifetime = { keep: 'test' }) {
      const context = await started().browser.newContext({ baseURL: started().server.baseUrl, ...options })
      context.setDefaultTimeout(20_000)
      ;(lifetime.keep === 'file' ? forFile : forTest).push(context)
      return context
    },
  }
}
