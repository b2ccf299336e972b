// `npm run check:types`: fails when src/payload-types.ts is not what `payload generate:types`
// produces for the current config. It generates into a temporary file (PAYLOAD_TYPES_OUTPUT) and
// compares bytes, so it works on any checkout, committed or not.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { runPayload, scratchDir } from './check-payload-cli.mjs'

const committed = 'src/payload-types.ts'
const generated = path.join(scratchDir('types'), 'payload-types.ts')

const result = await runPayload(['generate:types'], { env: { PAYLOAD_TYPES_OUTPUT: generated } })
if (result.code !== 0 || !existsSync(generated)) {
  console.error(result.output)
  console.error('check:types: `payload generate:types` failed (output above).')
  process.exit(1)
}

const current = existsSync(committed) ? readFileSync(committed, 'utf8') : ''
if (current === readFileSync(generated, 'utf8')) {
  console.log(`check:types: ${committed} matches the Payload config.`)
  process.exit(0)
}

const diff = spawnSync('diff', ['-u', '--label', `${committed} (committed)`, '--label', `${committed} (generated)`, committed, generated], {
  encoding: 'utf8',
})
console.error((diff.stdout || '').split('\n').slice(0, 80).join('\n'))
console.error(`check:types: ${committed} is out of date with the Payload config.`)
console.error('Regenerate it with `npm run generate:types` and commit the result.')
process.exit(1)
