import type { AxeResults, Result } from 'axe-core'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'

const axeSource = readFileSync(path.resolve(import.meta.dirname, '../../../node_modules/axe-core/axe.min.js'), 'utf8')

type AxeWindow = { axe: { run: (context: Document) => Promise<AxeResults> } }

/**
 * Runs axe-core's full default rule set (WCAG A/AA and best practices) on the page as shown.
 * The script is evaluated through the DevTools protocol, so the site's CSP need not allow it.
 */
export async function axeViolations(page: Page): Promise<Result[]> {
  await page.evaluate(axeSource)
  const results = await page.evaluate(() => (window as unknown as AxeWindow).axe.run(document))
  return results.violations
}

/** "color-contrast (serious): Elements must meet minimum color contrast… at .ab-x, .ab-y" */
export const describeViolations = (violations: Result[]): string[] =>
  violations.map((v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
