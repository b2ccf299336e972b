import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeMailTransports, outboxSlug, runMailQueue } from '../../src/features/mail'
import { dispatchUpdates } from '../../src/features/updates-sending/jobs/dispatch-updates'
import { runUpdatesQueue } from '../../src/features/updates-sending/queue'
import type { Story, Update, User } from '../../src/payload-types'
import { createCampaign } from '../helpers/campaigns'
import { paragraph, richText, text } from '../helpers/lexical'
import { setUpCharity } from '../helpers/sign-up'
import { createStaff } from '../helpers/staff'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'
import { createTestSite, type TestSite } from '../helpers/test-site'
import { addSupporter, callUpdateEndpoint, simpleBody, writeUpdate } from '../helpers/updates-sending'

// No SMTP_URL: mail is kept in the development outbox, which these tests read.
let t: TestPayload
let site: TestSite
let topics: string[]
const staff: Record<'admin' | 'editor' | 'fundraiser' | 'viewer', User> = {} as never
beforeAll(async () => {
  delete process.env.SMTP_URL
  t = await startTestPayload()
  site = createTestSite(t)
  ;({ topics } = await setUpCharity(t.payload))
  for (const role of ['admin', 'editor', 'fundraiser', 'viewer'] as const) staff[role] = await createStaff(t.payload, role)
  await addSupporter(t.payload, t.env.PAYLOAD_SECRET, { email: 'reader@example.org', interests: [topics[0] ?? ''] })
})
afterAll(async () => {
  closeMailTransports()
  await t?.close()
})

const day = 24 * 60 * 60 * 1000
const block = (fields: Record<string, unknown>) => ({ type: 'block', fields: { id: Math.random().toString(16).slice(2, 14), blockName: '', ...fields }, format: '', version: 2 })
const reload = (id: number) => t.payload.findByID({ collection: 'updates', id, overrideAccess: true })
const errorsOf = async (response: Response) => ((await response.json()) as { errors: { message: string; path?: string }[] }).errors
const draft = (data: Partial<Update> = {}) => writeUpdate(t.payload, staff.editor, { subject: 'A draft', body: simpleBody('Words.'), interests: [topics[0] ?? ''], ...data })

async function publishStory(slug: string, scope: ('web' | 'fundraising-email')[]): Promise<Story> {
  return t.payload.create({
    collection: 'stories',
    data: {
      displayName: 'Hai',
      slug,
      nameChanged: true,
      pullQuote: 'I owed them money I could never repay.',
      formOfExploitation: 'debt-bondage',
      body: simpleBody('A fictional example story.'),
      consent: { givenOn: new Date(Date.now() - 30 * day).toISOString(), reviewBy: new Date(Date.now() + 300 * day).toISOString(), scope },
      _status: 'published',
    },
  })
}

describe('who may do what', () => {
  it('lets editors write and test, but only admins and fundraisers send or schedule', async () => {
    const update = await draft()
    const edited = await t.payload.update({ collection: 'updates', id: update.id, data: { subject: 'Edited by an editor' }, overrideAccess: false, user: staff.editor })
    expect(edited.subject).toBe('Edited by an editor')
    expect((await callUpdateEndpoint(t.payload, '/:id/test', staff.editor, update.id)).status).toBe(200)

    for (const role of ['editor', 'viewer'] as const) {
      const response = await callUpdateEndpoint(t.payload, '/:id/send', staff[role], update.id)
      expect(response.status, role).toBe(403)
      expect((await errorsOf(response))[0]?.message).toBe('Only admins and fundraisers can do this.')
      const schedule = await callUpdateEndpoint(t.payload, '/:id/schedule', staff[role], update.id, { body: { scheduledAt: new Date(Date.now() + day).toISOString() } })
      expect(schedule.status, role).toBe(403)
    }
    // The rule holds in the collection too, not only in the panel's endpoints.
    await expect(t.payload.update({ collection: 'updates', id: update.id, data: { status: 'sending' }, overrideAccess: false, user: staff.editor })).rejects.toThrow(
      'Only admins and fundraisers can send or schedule updates.',
    )
    expect((await reload(update.id)).status).toBe('draft')

    await expect(writeUpdate(t.payload, staff.viewer, { subject: 'Viewer' })).rejects.toThrow()
    expect((await callUpdateEndpoint(t.payload, '/:id/test', staff.viewer, update.id)).status).toBe(403)
    expect((await callUpdateEndpoint(t.payload, '/:id/preview', undefined, update.id)).status).toBe(403)

    const sent = await callUpdateEndpoint(t.payload, '/:id/send', staff.admin, update.id)
    expect(sent.status).toBe(200)
    await runUpdatesQueue(t.payload)
    expect((await reload(update.id)).status).toBe('sent')
  })

  it('shows deliveries only to admins and fundraisers, and nobody writes them through the API', async () => {
    for (const role of ['admin', 'fundraiser'] as const) {
      expect((await t.payload.find({ collection: 'update-deliveries', overrideAccess: false, user: staff[role] })).totalDocs, role).toBeGreaterThan(0)
    }
    for (const role of ['editor', 'viewer'] as const) {
      await expect(t.payload.find({ collection: 'update-deliveries', overrideAccess: false, user: staff[role] }), role).rejects.toThrow()
    }
    const [update] = (await t.payload.find({ collection: 'updates', where: { status: { equals: 'sent' } }, overrideAccess: true })).docs
    const [reader] = (await t.payload.find({ collection: 'supporters', overrideAccess: true })).docs
    await expect(
      t.payload.create({ collection: 'update-deliveries', data: { update: Number(update?.id), supporter: Number(reader?.id), key: 'forged', status: 'sent' }, overrideAccess: false, user: staff.admin }),
    ).rejects.toThrow()
  })

  it('lets writers delete drafts, but never a sent update', async () => {
    const removable = await draft()
    await t.payload.delete({ collection: 'updates', id: removable.id, overrideAccess: false, user: staff.editor })
    const [sent] = (await t.payload.find({ collection: 'updates', where: { status: { equals: 'sent' } }, overrideAccess: true })).docs
    await expect(t.payload.delete({ collection: 'updates', id: Number(sent?.id), overrideAccess: false, user: staff.admin })).rejects.toThrow()
    expect((await reload(Number(sent?.id))).status).toBe('sent')
  })
})

describe('what cannot be sent', () => {
  async function refusal(data: Partial<Update>, path = '/:id/send', body?: unknown): Promise<string[]> {
    const update = await draft(data)
    const response = await callUpdateEndpoint(t.payload, path, staff.fundraiser, update.id, { body })
    expect(response.status).toBe(400)
    expect((await reload(update.id)).status).toBe('draft')
    return (await errorsOf(response)).map((error) => error.message)
  }

  it('says what is missing: a subject, a body, an audience', async () => {
    expect(await refusal({ subject: '' })).toEqual(['Write a subject: it cannot be sent without one.'])
    expect(await refusal({ body: richText(paragraph(text('   '))) })).toEqual(['Write the update: the body is empty.'])
    expect(await refusal({ interests: [] })).toEqual(['Choose at least one topic, or send it to everyone signed up in this language.'])
    expect(await refusal({ language: 'lt' })).toEqual(['Nobody would get it: no confirmed supporter in this language chose these topics.'])
  })

  it('refuses a schedule in the past, or without a time', async () => {
    expect(await refusal({ scheduledAt: new Date(Date.now() - 60_000).toISOString() }, '/:id/schedule')).toEqual([
      'Choose a time in the future: the one in "Send at" has passed. To send it now, use "Send now".',
    ])
    expect(await refusal({}, '/:id/schedule')).toEqual(['Choose when to send it in "Send at".'])
  })

  it('refuses a story card unless the person’s consent covers e-mail', async () => {
    const webOnly = await publishStory('web-only', ['web'])
    const messages = await refusal({ body: richText(paragraph(text('Read this.')), block({ blockType: 'updateStoryCard', story: webOnly.id })) })
    expect(messages).toEqual([
      "The card for Hai's story cannot be sent: the story must be published and their consent must cover the website and e-mail. Remove the card or review the consent.",
    ])
  })
})

describe('schedules', () => {
  it('sends a scheduled update when its time comes, and only then', async () => {
    const update = await draft({ subject: 'Scheduled' })
    const at = new Date(Date.now() + day).toISOString()
    const response = await callUpdateEndpoint(t.payload, '/:id/schedule', staff.fundraiser, update.id, { body: { scheduledAt: at } })
    expect(response.status).toBe(200)
    expect(await reload(update.id)).toMatchObject({ status: 'scheduled', scheduledAt: at })
    // An editor may still fix a typo, but not move the time.
    await t.payload.update({ collection: 'updates', id: update.id, data: { subject: 'Scheduled, fixed' }, overrideAccess: false, user: staff.editor })
    await expect(t.payload.update({ collection: 'updates', id: update.id, data: { scheduledAt: new Date().toISOString() }, overrideAccess: false, user: staff.editor })).rejects.toThrow()

    expect(await dispatchUpdates(t.payload)).toMatchObject({ started: 0 })
    expect(await dispatchUpdates(t.payload, new Date(Date.now() + day + 60_000))).toMatchObject({ started: 1 })
    await runUpdatesQueue(t.payload)
    expect(await reload(update.id)).toMatchObject({ status: 'sent', subject: 'Scheduled, fixed', results: { sent: 1 } })
  })

  it('returns a scheduled update to draft, saying why, if it can no longer be sent when its time comes', async () => {
    const story = await publishStory('consent-lapses', ['web', 'fundraising-email'])
    const update = await draft({ subject: 'With a story', body: richText(block({ blockType: 'updateStoryCard', story: story.id })) })
    await callUpdateEndpoint(t.payload, '/:id/schedule', staff.fundraiser, update.id, { body: { scheduledAt: new Date(Date.now() + day).toISOString() } })
    await t.payload.update({ collection: 'stories', id: story.id, data: { consent: { ...story.consent, withdrawnOn: new Date().toISOString() } } })
    expect(await dispatchUpdates(t.payload, new Date(Date.now() + day + 60_000))).toMatchObject({ started: 0, returnedToDraft: 1 })
    const after = await reload(update.id)
    expect(after.status).toBe('draft')
    expect(after.notice).toMatch(/so it is a draft again: The card for Hai's story cannot be sent/)
  })
})

describe('preview, test and the development outbox', () => {
  it('previews the e-mail with its cards, as HTML (sandboxed) and plain text', async () => {
    const story = await publishStory('in-the-update', ['web', 'fundraising-email'])
    const campaign = await createCampaign(t.payload, 'supply-chains')
    const update = await draft({
      subject: 'Cards',
      body: richText(
        paragraph(text('Before the cards.')),
        block({ blockType: 'updateButton', label: 'Give monthly', url: '/donate' }),
        block({ blockType: 'updateStoryCard', story: story.id }),
        block({ blockType: 'updateCampaignCard', campaign: campaign.id }),
      ),
    })
    const html = await callUpdateEndpoint(t.payload, '/:id/preview', staff.viewer, update.id)
    expect(html.headers.get('content-security-policy')).toMatch(/^sandbox;/)
    const markup = await html.text()
    expect(markup).toContain('Before the cards.')
    expect(markup).toMatch(/<a href="http:\/\/localhost:3000\/donate"[^>]*>Give monthly<\/a>/)
    expect(markup).toContain('“I owed them money I could never repay.”')
    expect(markup).toContain('href="http://localhost:3000/stories/in-the-update"')
    expect(markup).toContain('*Name changed to protect identity')
    expect(markup).toContain('Campaign supply-chains')
    expect(markup).toMatch(/<a href="http:\/\/localhost:3000\/campaigns\/supply-chains"[^>]*>Sign the petition<\/a>/)

    const plain = await (await callUpdateEndpoint(t.payload, '/:id/preview', staff.viewer, update.id, { query: 'format=text' })).text()
    expect(plain).toMatch(/^Subject: Cards\n/)
    expect(plain).toContain('Give monthly:\nhttp://localhost:3000/donate')
    expect(plain).toContain("Read Hai's* story:\nhttp://localhost:3000/stories/in-the-update")
    expect(plain).toContain('Sign the petition:\nhttp://localhost:3000/campaigns/supply-chains')
    expect(plain).not.toContain('<')
  })

  it('sends a test to the member of staff who asked, marked as a test', async () => {
    const update = await draft({ subject: 'Test me' })
    const response = await callUpdateEndpoint(t.payload, '/:id/test', staff.fundraiser, update.id)
    expect(await response.json()).toEqual({ sentTo: staff.fundraiser.email })
    await runMailQueue(t.payload)
    const { docs } = await t.payload.find({ collection: outboxSlug, where: { to: { equals: staff.fundraiser.email } }, overrideAccess: true })
    expect(docs.map((message) => message.subject)).toEqual(['[Test] Test me'])
    expect(docs[0]?.status).toBe('sent')
    expect(await t.payload.count({ collection: 'update-deliveries', where: { update: { equals: update.id } }, overrideAccess: true })).toEqual({ totalDocs: 0 })
  })

  it('keeps each recipient’s message in the outbox when there is no SMTP server', async () => {
    const update = await draft({ subject: 'Kept here' })
    await callUpdateEndpoint(t.payload, '/:id/send', staff.fundraiser, update.id)
    await runUpdatesQueue(t.payload)
    await runMailQueue(t.payload)
    const { docs } = await t.payload.find({ collection: outboxSlug, where: { to: { equals: 'reader@example.org' } }, sort: '-createdAt', overrideAccess: true })
    expect(docs[0]).toMatchObject({ subject: 'Kept here', category: 'update', status: 'sent', deliveredVia: 'outbox' })
    expect(docs[0]?.unsubscribeUrl).toMatch(/^http:\/\/localhost:3000\/updates\/unsubscribe\/[\w-]{43}$/)
    const [delivery] = (await t.payload.find({ collection: 'update-deliveries', where: { update: { equals: update.id } }, overrideAccess: true })).docs
    expect(delivery).toMatchObject({ status: 'sent', deliveredVia: 'outbox' })
    expect((await site.get('/updates/archive')).status).toBe(200)
  })
})
