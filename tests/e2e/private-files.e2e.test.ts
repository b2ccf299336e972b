import { beforeAll, describe, expect, it } from 'vitest'
import type { Role } from '../../src/access/roles'
import { plainPng } from '../helpers/images'
import { useSite } from './support/site'
import { bearer, createStaffAccount, staffToken } from './support/staff-api'

/**
 * Signed consent forms over real HTTP against the production server (Next serving /api, the site
 * serving /media): the file and its record are refused to the public and to staff without the
 * role, and served to admins and editors.
 */
const site = useSite()

let adminToken: string
const tokens: Partial<Record<Role, string>> = {}
let form: { id: number; filename: string; url: string }
/** Every PNG file starts with these eight bytes. */
const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

const get = (path: string, role?: Role) => fetch(`${site.baseUrl}${path}`, { headers: role ? bearer(tokens[role] ?? '') : {}, redirect: 'manual', signal: AbortSignal.timeout(15_000) })

beforeAll(async () => {
  adminToken = await staffToken(site.baseUrl, site.adminEmail, site.adminPassword)
  tokens.admin = adminToken
  for (const role of ['editor', 'fundraiser', 'viewer'] as const) {
    tokens[role] = await createStaffAccount(site.baseUrl, adminToken, { role, email: `${role}-${Date.now()}@example.org`, password: `pw-${Math.random().toString(36).slice(2)}-${Date.now()}` })
  }
  // Uploaded as the admin does it: multipart, with the document's fields in _payload.
  const png = await plainPng()
  const body = new FormData()
  body.append('file', new Blob([new Uint8Array(png.data)], { type: 'image/png' }), 'Nguyen signed consent.png')
  body.append('_payload', JSON.stringify({ note: 'Signed in person' }))
  const response = await fetch(`${site.baseUrl}/api/consent-forms`, { method: 'POST', headers: bearer(adminToken), body })
  expect(response.status).toBe(201)
  const { doc } = (await response.json()) as { doc: typeof form }
  expect(doc.filename).not.toMatch(/Nguyen/)
  // Payload gives the file's address on this server; it is fetched below by path.
  form = { ...doc, url: new URL(doc.url).pathname }
  expect(form.url).toBe(`/api/consent-forms/file/${form.filename}`)
})

describe('a signed consent form', () => {
  it('is refused to the public: the file, the record, the list and every /media address', async () => {
    for (const path of [form.url, `/api/consent-forms/${form.id}`, '/api/consent-forms', `/api/consent-forms?where[id][equals]=${form.id}`]) {
      const response = await get(path)
      expect(response.status, path).toBe(403)
      expect(Buffer.from(await response.arrayBuffer()).includes(pngSignature), path).toBe(false)
    }
    for (const path of [`/media/${form.filename}`, `/media/..%2Fprivate%2Fconsent-forms%2F${form.filename}`, `/media/%2e%2e/private/consent-forms/${form.filename}`]) {
      expect((await get(path)).status, path).toBe(404)
    }
  })

  it('is refused to fundraisers and viewers, who have no business with it', async () => {
    for (const role of ['fundraiser', 'viewer'] as const) {
      expect((await get(form.url, role)).status, `${role} file`).toBe(403)
      expect((await get(`/api/consent-forms/${form.id}`, role)).status, `${role} record`).toBe(403)
    }
  })

  it('is served to admins and editors', async () => {
    for (const role of ['admin', 'editor'] as const) {
      const response = await get(form.url, role)
      expect(response.status, role).toBe(200)
      expect(response.headers.get('content-type'), role).toBe('image/png')
      expect(Buffer.from(await response.arrayBuffer()).subarray(0, 8).equals(pngSignature), role).toBe(true)
      expect((await get(`/api/consent-forms/${form.id}`, role)).status, role).toBe(200)
    }
  })

  it('never appears in a published story as the public API shows it', async () => {
    const day = 24 * 60 * 60 * 1000
    const created = await fetch(`${site.baseUrl}/api/stories`, {
      method: 'POST',
      headers: { ...bearer(adminToken), 'Content-Type': 'application/json' },
      body: JSON.stringify({
        displayName: 'Tam',
        slug: `private-form-${Date.now()}`,
        pullQuote: 'A fictional example.',
        formOfExploitation: 'other',
        consent: { givenOn: new Date(Date.now() - day).toISOString(), reviewBy: new Date(Date.now() + 300 * day).toISOString(), scope: ['web'], signedForm: form.id },
        _status: 'published',
      }),
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number } }
    const publicStory = await (await get(`/api/stories/${doc.id}?depth=2`)).text()
    expect(publicStory).toContain('"displayName":"Tam"')
    expect(publicStory).not.toContain('signedForm')
    expect(publicStory).not.toContain(form.filename)
    const editorStory = await (await get(`/api/stories/${doc.id}?depth=1`, 'editor')).text()
    expect(editorStory).toContain(form.filename)
  })
})
