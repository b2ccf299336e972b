import { buildSync } from 'esbuild'
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs'
import path from 'node:path'

const sourceDir = path.resolve(process.cwd(), 'src/site/assets')
const scriptDir = path.resolve(process.cwd(), 'src/site/scripts')
export const assetOutDir = path.resolve(process.cwd(), 'dist/assets')
export const assetSourceDirs = [sourceDir, scriptDir]

/**
 * Copies stylesheets and icons and bundles each enhancement script (plain TypeScript, no
 * framework) into dist/assets. Scripts are loaded with `defer` and only enhance what already works.
 */
export function buildAssets(): void {
  mkdirSync(assetOutDir, { recursive: true })
  for (const name of readdirSync(sourceDir)) copyFileSync(path.join(sourceDir, name), path.join(assetOutDir, name))
  const entryPoints = readdirSync(scriptDir)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(scriptDir, name))
  buildSync({
    entryPoints,
    outdir: assetOutDir,
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020'],
    legalComments: 'none',
  })
  buildSync({
    entryPoints: [path.join(sourceDir, 'site.css')],
    outfile: path.join(assetOutDir, 'site.css'),
    minify: true,
    allowOverwrite: true,
  })
}
