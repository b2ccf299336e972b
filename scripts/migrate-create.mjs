// `npm run migrate:create -- <name>`: writes a migration for each adapter (SQLite and PostgreSQL),
// since their SQL differs (docs/decisions/002-migrations-per-adapter.md). Payload compares the
// config with each adapter's latest snapshot without connecting to a database, so the URLs below
// only choose the adapter.
import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const name = process.argv[2]
if (!name || !/^[a-z0-9_-]+$/i.test(name)) {
  console.error('Usage: npm run migrate:create -- <name>   (letters, digits, - and _)')
  process.exit(2)
}
const scratch = mkdtempSync(path.join(tmpdir(), 'abolition-migrate-'))
const targets = [
  ['SQLite', `file:${path.join(scratch, 'scratch.db')}`],
  ['PostgreSQL', process.env.MIGRATE_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'],
]
for (const [label, url] of targets) {
  console.log(`\n== ${label}`)
  const result = spawnSync('npx', ['payload', 'migrate:create', name, '--skip-empty'], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: url, PAYLOAD_PUSH: 'off', DATA_DIR: scratch, SEED: 'off' },
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
