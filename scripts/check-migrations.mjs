// `npm run check:migrations`: fails, per database adapter, when the Payload schema changed without a
// committed migration. For each adapter it copies src/migrations/<adapter> to a temporary folder and
// runs `payload migrate:create --skip-empty` there (PAYLOAD_MIGRATION_DIR): Payload diffs the schema
// against the latest JSON snapshot in that folder and writes a migration only if they differ.
// migrate:create never connects to the database (Payload starts with disableDBConnect for it), so
// the PostgreSQL URL below only selects the adapter; no server is needed.
import { cpSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { runPayload, scratchDir } from './check-payload-cli.mjs'

const adapters = [
  { name: 'sqlite', databaseUrl: undefined }, // the CLI runner's temporary SQLite file
  { name: 'postgres', databaseUrl: 'postgres://check-migrations@127.0.0.1:5432/never-connected' },
]
// Writes the migration for both adapters at once (scripts/migrate-create.mjs).
const createCommand = 'npm run migrate:create -- <name>'

/** The generated migration's SQL, trimmed, so the failure says what changed. */
function excerpt(file) {
  const lines = readFileSync(file, 'utf8').split('\n')
  const shown = lines.slice(0, 40).map((line) => `    ${line}`)
  return [...shown, ...(lines.length > 40 ? [`    … (${lines.length - 40} more lines)`] : [])].join('\n')
}

async function check({ name, databaseUrl }) {
  const committedDir = path.resolve('src/migrations', name)
  const dir = path.join(scratchDir(`migrations-${name}`), name)
  cpSync(committedDir, dir, { recursive: true })
  const before = new Set(readdirSync(dir))
  const result = await runPayload(['migrate:create', 'schema_check', '--skip-empty'], {
    env: { PAYLOAD_MIGRATION_DIR: dir, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
  })
  const created = readdirSync(dir).filter((file) => !before.has(file))
  // drizzle-kit asks whether a new column or table is a rename of a removed one; with stdin closed
  // the question ends the process with exit code 0 and no file, which must not read as "no change".
  if (/created or renamed/.test(result.output)) {
    return `${name}: the schema changed (a column or table was added where another was removed) and\n` +
      `  src/migrations/${name} has no migration for it. Run \`${createCommand}\` in a terminal to answer\n` +
      `  whether it is a rename, then commit src/migrations/${name}.`
  }
  if (result.timedOut) return `${name}: \`payload migrate:create\` did not finish:\n${result.output}`
  if (result.code !== 0) return `${name}: \`payload migrate:create\` failed:\n${result.output}`
  if (created.length === 0) {
    // Fail closed: "no change" is only believed once Payload says it compared both directions.
    if (result.output.includes('DOWN statements generation complete')) return undefined
    return `${name}: \`payload migrate:create\` stopped before comparing the schema:\n${result.output}`
  }
  const migration = created.find((file) => file.endsWith('.ts'))
  return [
    `${name}: the schema changed but src/migrations/${name} has no migration for it.`,
    `  Create one with \`${createCommand}\` and commit src/migrations/${name}.`,
    ...(migration ? ['  The migration it would create starts:', excerpt(path.join(dir, migration))] : []),
  ].join('\n')
}

// The adapters are independent: check them side by side (each takes a few seconds to load Payload).
const results = await Promise.all(adapters.map(check))
adapters.forEach(({ name }, i) => {
  if (results[i]) console.error(`check:migrations: ${results[i]}`)
  else console.log(`check:migrations: ${name}: the schema matches the latest committed migration.`)
})
if (results.some(Boolean)) process.exit(1)
