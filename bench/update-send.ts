import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import type { BenchConfig } from './config'
import { residentMemoryMb } from './memory'
import { explainerPath } from './scenarios'
import { startSiteServer } from './site-server'
import { startCountingSink } from './smtp-count-sink'

/** Issue 9: one update to every confirmed supporter, through the production server's job queue. */
export type UpdateSendResult = {
  recipients: number
  /** Recipients the sink received the update for, and how many got it more than once. */
  delivered: number
  duplicates: number
  /** From pressing "Send now" until the update is marked sent. */
  totalSeconds: number
  messagesPerSecond: number
  /** From the first message accepted to the last (without the queue's pick-up and the recipients' lookup). */
  sendingMessagesPerSecond: number
  rssBeforeMb: number | null
  rssPeakMb: number | null
  rssAfterMb: number | null
  /** Every 250 ms during the send: messages sent so far and the server's resident memory. */
  samples: { sent: number; rssMb: number }[]
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const readerPrefix = 'bench-reader-'

/**
 * Confirmed supporters written straight into the database (the sign-up itself has its own
 * scenario). The confirmation e-mails the sign-up and petition scenarios left queued are dropped
 * first: the server would otherwise deliver them during the send, and this measures the send alone.
 */
function insertSupporters(dataDir: string, count: number): void {
  const db = new DatabaseSync(path.join(dataDir, 'site.db'))
  try {
    db.exec("DELETE FROM payload_jobs WHERE queue = 'mail'; DELETE FROM mail_outbox WHERE status = 'queued'")
    const insert = db.prepare(
      "INSERT INTO supporters (email, email_key, locale, status, interests, confirmed_at, manage_key, bouncing) VALUES (?, ?, 'en', 'subscribed', '[]', ?, ?, 0)",
    )
    const now = new Date().toISOString()
    db.exec('BEGIN')
    for (let i = 0; i < count; i++) {
      const email = `${readerPrefix}${i}@example.org`
      insert.run(email, email, now, randomBytes(24).toString('base64url'))
    }
    db.exec('COMMIT')
  } finally {
    db.close()
  }
}

async function api<T>(baseUrl: string, route: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(`${baseUrl}${route}`, {
    method: init.method ?? 'GET',
    headers: { 'Content-Type': 'application/json', ...(init.token ? { Authorization: `JWT ${init.token}` } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${route} answered HTTP ${response.status}: ${(await response.text()).slice(0, 300)}`)
  return (await response.json()) as T
}

const body = {
  root: {
    type: 'root',
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    children: [0, 1, 2].map((n) => ({
      type: 'paragraph',
      direction: 'ltr',
      format: '',
      indent: 0,
      textFormat: 0,
      version: 1,
      children: [{ type: 'text', text: `Paragraph ${n + 1} of the benchmark's update: what we did this month and how you can help.`, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
    })),
  },
}

type Progress = { status: string; counts: { sent: number; total: number; queued: number } }

/**
 * Sends one update to `recipients` confirmed supporters from the production server (its own job
 * runner, SMTP_URL pointing at a counting sink on loopback, UPDATES_SEND_RATE=0 so the server's
 * pace is measured), sampling the server's resident memory throughout.
 */
export async function measureUpdateSend(config: BenchConfig, dataDir: string, port: number, recipients: number): Promise<UpdateSendResult> {
  insertSupporters(dataDir, recipients)
  const sink = await startCountingSink()
  const admin = { email: 'bench-admin@example.org', password: randomBytes(18).toString('base64url') }
  const server = await startSiteServer({
    port,
    dataDir,
    env: { SMTP_URL: sink.url, MAIL_FROM: 'Bench <bench@example.org>', UPDATES_SEND_RATE: '0', ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password },
    pagePath: explainerPath,
    logName: 'server-update-send',
    startTimeoutMs: config.startTimeoutSeconds * 1000,
  })
  try {
    const { token } = await api<{ token: string }>(server.baseUrl, '/api/users/login', { method: 'POST', body: admin })
    const { doc } = await api<{ doc: { id: number } }>(server.baseUrl, '/api/updates', {
      method: 'POST',
      token,
      body: { subject: 'Benchmark update', preheader: 'One update to every supporter', language: 'en', audience: 'everyone', body },
    })
    const rssBeforeMb = residentMemoryMb(server.pid) ?? null
    const samples: { sent: number; rssMb: number }[] = []
    const started = Date.now()
    await api(server.baseUrl, `/api/updates/${doc.id}/send`, { method: 'POST', token })
    let firstSentAt: number | undefined
    let firstSentCount = 0
    let progress: Progress | undefined
    const deadline = started + Math.max(180_000, recipients * 20)
    while (Date.now() < deadline) {
      await sleep(250)
      const rss = residentMemoryMb(server.pid)
      progress = await api<Progress>(server.baseUrl, `/api/updates/${doc.id}/progress`, { token })
      if (rss !== undefined) samples.push({ sent: progress.counts.sent, rssMb: rss })
      if (firstSentAt === undefined && progress.counts.sent > 0) {
        firstSentAt = Date.now()
        firstSentCount = progress.counts.sent
      }
      if (progress.status === 'sent') break
    }
    const finished = Date.now()
    if (progress?.status !== 'sent') throw new Error(`the update was not sent in time: ${JSON.stringify(progress)}`)
    const counts = [...sink.received].flatMap(([address, count]) => (address.startsWith(readerPrefix) ? [count] : []))
    const sendingSeconds = firstSentAt === undefined ? 0 : (finished - firstSentAt) / 1000
    return {
      recipients: progress.counts.total,
      delivered: counts.length,
      duplicates: counts.filter((count) => count > 1).length,
      totalSeconds: Math.round((finished - started) / 100) / 10,
      messagesPerSecond: Math.round((counts.length * 1000) / (finished - started)),
      sendingMessagesPerSecond: sendingSeconds ? Math.round((counts.length - firstSentCount) / sendingSeconds) : 0,
      rssBeforeMb,
      rssPeakMb: samples.length ? Math.max(...samples.map((sample) => sample.rssMb)) : null,
      rssAfterMb: residentMemoryMb(server.pid) ?? null,
      samples,
    }
  } finally {
    await server.stop()
    await sink.close()
  }
}
