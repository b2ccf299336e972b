'use client'
import { useAuth, useDocumentInfo, useFormFields, useFormModified } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

type Counts = { queued: number; sent: number; failed: number; bounced: number; skipped: number; total: number }
type Progress = { status: string; resolvingRecipients: boolean; counts: Counts; notice: string | null }
type Problem = { message: string; path?: string }

const number = (value: number) => value.toLocaleString('en-GB')

async function call(url: string, init?: RequestInit): Promise<{ ok: boolean; body: Record<string, unknown> }> {
  const response = await fetch(url, { credentials: 'include', ...init })
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>
  return { ok: response.ok, body }
}

const problemsOf = (body: Record<string, unknown>): Problem[] =>
  Array.isArray(body.errors) ? (body.errors as Problem[]) : [{ message: 'That did not work. Try again, or ask an admin.' }]

function ProgressView({ progress }: { progress: Progress }) {
  const { counts } = progress
  return (
    <div aria-live="polite">
      <p>
        <strong>{progress.status === 'sent' ? 'Sent.' : progress.resolvingRecipients ? 'Finding the recipients…' : 'Sending…'}</strong>
      </p>
      <ul style={{ paddingInlineStart: '1.25rem' }}>
        <li>Sent: {number(counts.sent)}</li>
        <li>Failed: {number(counts.failed)}</li>
        <li>Address bouncing: {number(counts.bounced)}</li>
        <li>Skipped (left since): {number(counts.skipped)}</li>
        <li>
          Remaining: {number(counts.queued)} of {number(counts.total)}
        </li>
      </ul>
    </div>
  )
}

/**
 * Beside an update: preview (HTML and plain text), a test to oneself, and for admins and
 * fundraisers "Send now" and "Schedule", with the progress of a send as it runs. The buttons act
 * on the saved update, so they wait until changes are saved; the server checks everything again.
 */
export function SendPanel() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const modified = useFormModified()
  const status = useFormFields(([fields]) => fields.status?.value) as string | undefined
  const scheduledAt = useFormFields(([fields]) => fields.scheduledAt?.value) as string | undefined
  const [problems, setProblems] = useState<Problem[]>([])
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const [progress, setProgress] = useState<Progress | undefined>()
  const role = (user as { role?: string } | null)?.role
  const maySend = role === 'admin' || role === 'fundraiser'
  const base = `/api/updates/${id}`

  const refreshProgress = useCallback(async () => {
    const { ok, body } = await call(`${base}/progress`)
    if (ok) setProgress(body as unknown as Progress)
    return ok ? (body as unknown as Progress) : undefined
  }, [base])

  useEffect(() => {
    if (!id || (status !== 'sending' && status !== 'sent')) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const poll = async () => {
      const latest = await refreshProgress()
      if (latest?.status === 'sending') timer = setTimeout(() => void poll(), 2000)
    }
    void poll()
    return () => clearTimeout(timer)
  }, [id, status, refreshProgress])

  if (!id) return <p>Save the update to preview it, test it and send it.</p>

  async function act(run: () => Promise<{ ok: boolean; body: Record<string, unknown> }>, done: (body: Record<string, unknown>) => string, reload = false) {
    setBusy(true)
    setProblems([])
    setMessage('')
    try {
      const { ok, body } = await run()
      if (!ok) return setProblems(problemsOf(body))
      setMessage(done(body))
      if (reload) window.location.reload()
    } finally {
      setBusy(false)
    }
  }

  async function sendNow() {
    const { ok, body } = await call(`${base}/audience`)
    const recipients = ok && typeof body.recipients === 'number' ? body.recipients : undefined
    const who = recipients === undefined ? 'its recipients' : `${number(recipients)} ${recipients === 1 ? 'person' : 'people'}`
    if (!window.confirm(`Send this update to ${who} now? It cannot be stopped or sent again.`)) return
    await act(() => call(`${base}/send`, { method: 'POST' }), () => 'Sending has started.', true)
  }

  async function schedule() {
    if (!scheduledAt) return setProblems([{ message: 'Choose when to send it in "Send at" above, save, then press Schedule.' }])
    if (!window.confirm(`Send this update automatically at ${new Date(scheduledAt).toLocaleString('en-GB')}?`)) return
    await act(
      () => call(`${base}/schedule`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ scheduledAt }) }),
      () => 'Scheduled.',
      true,
    )
  }

  const locked = status === 'sending' || status === 'sent'
  const disabled = busy || modified
  return (
    <div style={{ marginBlock: '1rem' }}>
      <h3 style={{ marginBottom: '0.5rem' }}>Preview and send</h3>
      <p>
        Preview: <a href={`${base}/preview`} target="_blank" rel="noreferrer">e-mail</a> ·{' '}
        <a href={`${base}/preview?format=text`} target="_blank" rel="noreferrer">plain text</a>
      </p>
      {modified ? <p>Save your changes first: previews, tests and sending use the saved update.</p> : null}
      {progress ? <ProgressView progress={progress} /> : null}
      {!locked ? (
        <p style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
          <button type="button" className="btn btn--style-secondary btn--size-small" disabled={disabled} onClick={() => void act(() => call(`${base}/test`, { method: 'POST' }), (body) => `Test sent to ${String(body.sentTo)}.`)}>
            Send test to me
          </button>
          {maySend ? (
            <>
              <button type="button" className="btn btn--style-primary btn--size-small" disabled={disabled} onClick={() => void sendNow()}>
                Send now
              </button>
              {status === 'scheduled' ? (
                <button type="button" className="btn btn--style-secondary btn--size-small" disabled={disabled} onClick={() => void act(() => call(`${base}/unschedule`, { method: 'POST' }), () => 'No longer scheduled.', true)}>
                  Cancel schedule
                </button>
              ) : (
                <button type="button" className="btn btn--style-secondary btn--size-small" disabled={disabled} onClick={() => void schedule()}>
                  Schedule
                </button>
              )}
            </>
          ) : null}
        </p>
      ) : null}
      {!locked && !maySend ? <p>Only admins and fundraisers can send or schedule updates.</p> : null}
      {message ? <p role="status">{message}</p> : null}
      {problems.length ? (
        <div role="alert">
          <p>
            <strong>It cannot be sent yet:</strong>
          </p>
          <ul style={{ paddingInlineStart: '1.25rem' }}>
            {problems.map((problem) => (
              <li key={`${problem.path ?? ''}${problem.message}`}>{problem.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  )
}
