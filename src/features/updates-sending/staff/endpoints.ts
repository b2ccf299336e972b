import { APIError, ValidationError, type Endpoint, type PayloadRequest } from 'payload'
import { queueMail } from '../../mail'
import { forbiddenForStaff, routeId } from '../../updates/staff/responses'
import { sendsUpdates, writesUpdates } from '../access'
import { countRecipients } from '../recipients'
import { deliveryCounts } from '../send/progress'
import { sendProblems, type SendProblem } from '../sendable'
import { sampleMail } from './preview'

const notFound = () => Response.json({ errors: [{ message: 'No such update.' }] }, { status: 404 })
const problemsResponse = (problems: SendProblem[]) => Response.json({ errors: problems }, { status: 400 })
const onlyWriters = () => Response.json({ errors: [{ message: 'Only admins, editors and fundraisers can do this.' }] }, { status: 403 })

async function findUpdate(req: PayloadRequest) {
  return req.payload.findByID({ collection: 'updates', id: routeId(req), depth: 0, overrideAccess: true, disableErrors: true })
}

/** A status change through the collection's rules (guard-status.ts), answered as the panel needs it. */
async function changeStatus(req: PayloadRequest, data: { status: 'sending' | 'scheduled' | 'draft'; scheduledAt?: string }): Promise<Response> {
  if (!sendsUpdates(req)) return forbiddenForStaff()
  if (!(await findUpdate(req))) return notFound()
  try {
    const doc = await req.payload.update({ collection: 'updates', id: routeId(req), data, depth: 0, overrideAccess: false, user: req.user, req })
    return Response.json({ status: doc.status, scheduledAt: doc.scheduledAt })
  } catch (error) {
    if (error instanceof ValidationError) return problemsResponse(error.data.errors.map(({ path, message }) => ({ path, message })))
    if (error instanceof APIError && error.status < 500) return Response.json({ errors: [{ message: error.message }] }, { status: error.status })
    throw error
  }
}

/** The panel beside an update (admin/SendPanel.tsx): preview, test, audience, send, schedule, progress. */
export const updateEndpoints: Endpoint[] = [
  {
    path: '/:id/preview',
    method: 'get',
    handler: async (req) => {
      if (!req.user) return forbiddenForStaff()
      if (!(await findUpdate(req))) return notFound()
      const { mail, locale } = await sampleMail(req.payload, routeId(req))
      const asText = req.searchParams.get('format') === 'text'
      return new Response(asText ? `Subject: ${mail.subject}\n\n${mail.text}` : mail.html, {
        headers: {
          'Content-Type': asText ? 'text/plain; charset=utf-8' : 'text/html; charset=utf-8',
          'Content-Language': locale,
          'Cache-Control': 'private, no-store',
          // The message is shown as mail programs show it: no scripts, nothing from other sites but images.
          'Content-Security-Policy': "sandbox; default-src 'none'; img-src 'self' https: data:; style-src 'unsafe-inline'",
        },
      })
    },
  },
  {
    path: '/:id/test',
    method: 'post',
    handler: async (req) => {
      if (!writesUpdates(req)) return onlyWriters()
      const update = await findUpdate(req)
      if (!update) return notFound()
      const problems = await sendProblems(req.payload, update, 'test')
      if (problems.length) return problemsResponse(problems)
      const email = (req.user as { email?: string } | null)?.email
      if (!email) return forbiddenForStaff()
      const { mail, locale } = await sampleMail(req.payload, update.id)
      await queueMail(req.payload, {
        to: email,
        ...mail,
        subject: `[Test] ${mail.subject}`,
        locale,
        idempotencyKey: `update-test:${update.id}:${req.user?.id}:${Date.now()}`,
        category: 'update-test',
      })
      return Response.json({ sentTo: email })
    },
  },
  {
    path: '/:id/audience',
    method: 'get',
    handler: async (req) => {
      if (!req.user) return forbiddenForStaff()
      const update = await findUpdate(req)
      if (!update) return notFound()
      return Response.json({ recipients: await countRecipients(req.payload, update) })
    },
  },
  {
    path: '/:id/progress',
    method: 'get',
    handler: async (req) => {
      if (!req.user) return forbiddenForStaff()
      const update = await findUpdate(req)
      if (!update) return notFound()
      const counts = await deliveryCounts(req.payload, Number(update.id))
      return Response.json({
        status: update.status,
        resolvingRecipients: update.status === 'sending' && !update.recipientsResolved,
        counts,
        sentAt: update.sentAt ?? null,
        scheduledAt: update.scheduledAt ?? null,
        notice: update.notice ?? null,
      })
    },
  },
  { path: '/:id/send', method: 'post', handler: (req) => changeStatus(req, { status: 'sending' }) },
  {
    path: '/:id/schedule',
    method: 'post',
    handler: async (req) => {
      const body = (await req.json?.().catch(() => ({}))) as { scheduledAt?: unknown } | undefined
      const scheduledAt = typeof body?.scheduledAt === 'string' && !Number.isNaN(Date.parse(body.scheduledAt)) ? new Date(body.scheduledAt).toISOString() : undefined
      return changeStatus(req, { status: 'scheduled', ...(scheduledAt ? { scheduledAt } : {}) })
    },
  },
  { path: '/:id/unschedule', method: 'post', handler: (req) => changeStatus(req, { status: 'draft' }) },
]
