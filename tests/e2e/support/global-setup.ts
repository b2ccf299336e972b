import type { TestProject } from 'vitest/node'
import { startProductionServer, type ServerInfo } from './production-server'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The production server every e2e file shares (see useSite). */
    e2eServer?: ServerInfo
  }
}

/**
 * Starts one production server for the whole e2e run: seeding the demo content (with its
 * generated images) takes most of the start-up, too long to repeat for every file. Files keep
 * out of each other's way: each uses fresh browser profiles, and the one that locks an account
 * creates its own.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startProductionServer()
  const { stop, ...info } = server
  project.provide('e2eServer', info)
  return stop
}
