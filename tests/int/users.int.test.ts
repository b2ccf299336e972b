import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../../src/payload-types'
import { createStaff, signIn, testPassword } from '../helpers/staff'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

let t: TestPayload
let firstUser: User
beforeAll(async () => {
  t = await startTestPayload()
  firstUser = await createStaff(t.payload, 'viewer', 'founder@example.org')
})
afterAll(() => t?.close())

describe('staff accounts', () => {
  it('make the very first account an admin, whatever role was asked for', async () => {
    expect(firstUser.role).toBe('admin')
    const second = await createStaff(t.payload, 'viewer')
    expect(second.role).toBe('viewer')
  })

  it('let an editor update pages', async () => {
    const editor = await createStaff(t.payload, 'editor')
    const page = await t.payload.create({ collection: 'pages', data: { title: 'Editable', slug: 'editable', _status: 'published' } })
    const updated = await t.payload.update({ collection: 'pages', id: page.id, data: { title: 'Edited' }, user: editor, overrideAccess: false })
    expect(updated.title).toBe('Edited')
  })

  it('show an editor only their own account', async () => {
    const editor = await createStaff(t.payload, 'editor')
    const { docs } = await t.payload.find({ collection: 'users', user: editor, overrideAccess: false, limit: 100 })
    expect(docs.map((user) => user.email)).toEqual([editor.email])
    await expect(t.payload.findByID({ collection: 'users', id: firstUser.id, user: editor, overrideAccess: false })).rejects.toThrow()
  })

  it('do not let an editor make themselves an admin', async () => {
    const editor = await createStaff(t.payload, 'editor')
    await t.payload.update({ collection: 'users', id: editor.id, data: { role: 'admin', name: 'Renamed' }, user: editor, overrideAccess: false }).catch(() => undefined)
    const stored = await t.payload.findByID({ collection: 'users', id: editor.id })
    expect(stored.role).toBe('editor')
  })

  it('do not let a viewer change pages or staff', async () => {
    const viewer = await createStaff(t.payload, 'viewer')
    const page = await t.payload.create({ collection: 'pages', data: { title: 'Locked', slug: 'locked', _status: 'published' } })
    await expect(t.payload.update({ collection: 'pages', id: page.id, data: { title: 'Vandalised' }, user: viewer, overrideAccess: false })).rejects.toThrow(
      /not allowed/i,
    )
    await expect(t.payload.create({ collection: 'pages', data: { title: 'New', slug: 'new' }, user: viewer, overrideAccess: false })).rejects.toThrow(/not allowed/i)
    await expect(
      t.payload.create({ collection: 'users', data: { email: 'x@example.org', password: testPassword, name: 'X', role: 'admin' }, user: viewer, overrideAccess: false }),
    ).rejects.toThrow(/not allowed/i)
    expect((await t.payload.findByID({ collection: 'pages', id: page.id })).title).toBe('Locked')
  })

  it('do not let the public read drafts or staff', async () => {
    await t.payload.create({ collection: 'pages', data: { title: 'Secret draft', slug: 'secret-draft', _status: 'draft' }, draft: true })
    const pages = await t.payload.find({ collection: 'pages', overrideAccess: false, limit: 100 })
    expect(pages.docs.map((page) => page.title)).not.toContain('Secret draft')
    await expect(t.payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow(/not allowed/i)
  })

  it('lock an account after 5 wrong passwords, after which even the right one fails', async () => {
    const target = await createStaff(t.payload, 'editor')
    expect(await signIn(t.payload, target.email)).toMatch(/^ey/)
    for (let attempt = 1; attempt <= 5; attempt++) {
      await expect(signIn(t.payload, target.email, 'wrong password')).rejects.toThrow(/incorrect/i)
    }
    await expect(signIn(t.payload, target.email)).rejects.toThrow(/locked/i)
    // Another account is unaffected.
    expect(await signIn(t.payload, firstUser.email)).toMatch(/^ey/)
  })
})
