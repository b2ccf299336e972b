import { startBareServer, type CapturedPage } from './bare-server'
import type { BenchConfig } from './config'
import { headerValue, httpGet } from './http-get'
import type { PageWeight } from './page-weight'
import { freePort } from './ports'
import { explainerPath, targets, type Target } from './scenarios'
import { startSiteServer, type RunningServer } from './site-server'

/** What one target leaves for the next: the bare server serves the bytes the site served. */
export type RunState = { explainerPage?: CapturedPage; campaignPage?: CapturedPage; pageWeight: PageWeight | null }

async function portFor(config: BenchConfig, index: number): Promise<number> {
  return config.basePort ? config.basePort + index : freePort()
}

function startSite(target: { name: string; env?: Record<string, string> }, port: number, config: BenchConfig, dataDir: string, extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  return startSiteServer({
    port,
    dataDir,
    env: { ...target.env, ...extraEnv },
    pagePath: explainerPath,
    logName: `server-${target.name}`,
    startTimeoutMs: config.startTimeoutSeconds * 1000,
  })
}

/**
 * The first start of a fresh database migrates it and seeds the demo content (generating images).
 * That happens once per install, so it gets its own process: the measured servers start as a
 * restarted production server does, and their memory is that of serving, not of seeding.
 */
export async function seedDatabase(config: BenchConfig, dataDir: string): Promise<void> {
  console.log('seeding a fresh SQLite database with the demo content')
  const server = await startSite({ name: 'seed', env: {} }, await portFor(config, targets.length), config, dataDir)
  await server.stop()
}

/** databaseUrl: the target's own database (PostgreSQL), instead of the shared SQLite file. */
export async function startTarget(target: Target, index: number, config: BenchConfig, dataDir: string, state: RunState, databaseUrl?: string): Promise<RunningServer> {
  const port = await portFor(config, index)
  if (target.kind === 'bare') {
    const page = target.page === 'campaign' ? state.campaignPage : state.explainerPage
    if (!page) throw new Error(`the bare server needs the ${target.page ?? 'explainer'} page's bytes: a site target must run before it`)
    return startBareServer({ port, dataDir, page })
  }
  return startSite(target, port, config, dataDir, databaseUrl ? { DATABASE_URL: databaseUrl } : {})
}

/** A page as a browser without gzip gets it: the bytes autocannon will ask for. */
export async function capturePage(baseUrl: string, pagePath = explainerPath): Promise<CapturedPage> {
  const response = await httpGet(`${baseUrl}${pagePath}`)
  if (response.status !== 200) throw new Error(`${pagePath} answered HTTP ${response.status}`)
  return { body: response.body, contentType: headerValue(response, 'content-type') ?? 'text/html; charset=utf-8' }
}
