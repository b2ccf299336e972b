import type { Page } from 'playwright-core'

/**
 * Waits as a person reading the form would: the server answers a form sent back within 2 s of
 * rendering as a bot's (bot check), so a test that submits at once is not treated as a person.
 */
export const readTheForm = (page: Page): Promise<void> => page.waitForTimeout(2100)
