import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { BrowserContext } from 'playwright-core'

const resultsDir = path.resolve(import.meta.dirname, '../../../test-results')

const fileSafe = (name: string): string => name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').slice(0, 100)

/**
 * What a person debugging a failed browser test wants first: how every open page looked, where
 * it was, and what the server printed. Saved as test-results/<test>-<n>.png and <test>-server.log.
 */
export async function saveFailureArtifacts(testName: string, contexts: BrowserContext[], serverLog: string): Promise<void> {
  mkdirSync(resultsDir, { recursive: true })
  const base = fileSafe(testName)
  const pages = contexts.flatMap((context) => context.pages())
  for (const [index, page] of pages.entries()) {
    const file = path.join(resultsDir, `${base}-${index + 1}.png`)
    try {
      await page.screenshot({ path: file, fullPage: true, timeout: 10_000 })
      console.log(`[e2e] screenshot of ${page.url()} saved to ${path.relative(process.cwd(), file)}`)
    } catch (error) {
      console.log(`[e2e] could not screenshot ${page.url()}: ${String(error)}`)
    }
  }
  writeFileSync(path.join(resultsDir, `${base}-server.log`), serverLog)
}
