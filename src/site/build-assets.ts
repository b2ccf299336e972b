import { buildSync, type BuildOptions } from 'esbuild'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const sourceDir = path.resolve(process.cwd(), 'src/site/assets')
const scriptDir = path.resolve(process.cwd(), 'src/site/scripts')
export const assetOutDir = path.resolve(process.cwd(), 'dist/assets')
export const assetSourceDirs = [sourceDir, scriptDir]

const bundle = (options: BuildOptions): Map<string, Buffer> => {
  const result = buildSync({ ...options, write: false })
  return new Map(result.outputFiles.map((file) => [path.basename(file.path), Buffer.from(file.contents)]))
}

/**
 * The site's assets as name -> bytes: icons copied, the stylesheet minified, and each enhancement
 * script (plain TypeScript, no framework) bundled. Scripts are loaded with `defer` and only
 * enhance what already works.
 */
export function compileAssets(): Map<string, Buffer> {
  const assets = new Map<string, Buffer>()
  for (const name of readdirSync(sourceDir)) assets.set(name, readFileSync(path.join(sourceDir, name)))
  const scripts = readdirSync(scriptDir)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(scriptDir, name))
  const common = { minify: true, outdir: assetOutDir, legalComments: 'none' as const }
  for (const [name, bytes] of bundle({ ...common, entryPoints: scripts, bundle: true, format: 'iife', target: ['es2020'] })) assets.set(name, bytes)
  for (const [name, bytes] of bundle({ ...common, entryPoints: [path.join(sourceDir, 'site.css')] })) assets.set(name, bytes)
  return assets
}

/** `npm run build`: writes the assets to dist/assets, which the production server serves. */
export function buildAssets(): void {
  mkdirSync(assetOutDir, { recursive: true })
  for (const [name, bytes] of compileAssets()) writeFileSync(path.join(assetOutDir, name), bytes)
}
