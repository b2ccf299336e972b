import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, watch } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { assetOutDir, assetSourceDirs, compileAssets } from './build-assets'
import { pageCache } from './page-cache'

export type Asset = { url: string; body: Buffer; gzip: Buffer; contentType: string }

const contentTypes: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
}

type Manifest = { byName: Map<string, Asset>; byUrl: Map<string, Asset> }
let manifest: Manifest | undefined

/** The built files of a production build; anywhere else, compiled from source in memory. */
function sources(): Map<string, Buffer> {
  if (process.env.NODE_ENV === 'production' && existsSync(assetOutDir)) {
    return new Map(readdirSync(assetOutDir).map((name) => [name, readFileSync(path.join(assetOutDir, name))]))
  }
  if (process.env.NODE_ENV === 'development') watchSourcesOnce()
  // Tests and development never read a stale dist/assets, and parallel test processes never write it.
  return compileAssets()
}

/**
 * The site's CSS, scripts and icons, served from memory under content-hashed names so they can be
 * cached for a year. The production build writes them to dist/assets.
 */
function load(): Manifest {
  if (manifest) return manifest
  const byName = new Map<string, Asset>()
  const byUrl = new Map<string, Asset>()
  for (const [name, body] of sources()) {
    const ext = path.extname(name)
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 10)
    const url = `/assets/${path.basename(name, ext)}.${hash}${ext}`
    const asset: Asset = { url, body, gzip: gzipSync(body, { level: 9 }), contentType: contentTypes[ext] ?? 'application/octet-stream' }
    byName.set(name, asset)
    byUrl.set(url, asset)
  }
  manifest = { byName, byUrl }
  return manifest
}

export function assetUrl(name: string): string {
  const asset = load().byName.get(name)
  if (!asset) throw new Error(`Unknown asset ${name}`)
  return asset.url
}

export const assetByUrl = (url: string): Asset | undefined => load().byUrl.get(url)

let watching = false

/**
 * Development: the server process restarts when TypeScript changes, but CSS and scripts are read
 * from disk; on a change they are rebuilt on the next request, and cached pages (which name the
 * old hashed URLs) are dropped.
 */
function watchSourcesOnce(): void {
  if (watching) return
  watching = true
  for (const dir of assetSourceDirs) {
    watch(dir, () => {
      manifest = undefined
      pageCache().clear()
    }).unref()
  }
}

/** Forget the loaded assets (development rebuilds them). */
export function resetAssets(): void {
  manifest = undefined
}
