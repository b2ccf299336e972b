import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { serverNodeFlags } from '../scripts/server-node-flags.mjs'

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }

describe('the production server\'s Node flags', () => {
  it('are on the command line of `npm start`, before the script, so the benchmark measures what runs', () => {
    const start = packageJson.scripts.start ?? ''
    const [node, ...rest] = start.split(' ')
    const script = rest.indexOf('scripts/start.mjs')
    expect(node).toBe('node')
    expect(script).toBeGreaterThan(-1)
    expect(rest.slice(0, script)).toEqual([...serverNodeFlags])
  })
})
