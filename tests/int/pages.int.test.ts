import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from '../../src/payload-types'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(() => t?.close())

async function createPage(title: string, slug: string, parent?: Page, status: 'draft' | 'published' = 'published'): Promise<Page> {
  return t.payload.create({ collection: 'pages', data: { title, slug, parent: parent?.id, _status: status } })
}
const pathOf = async (page: Page) => (await t.payload.findByID({ collection: 'pages', id: page.id, draft: true })).path

describe('page addresses', () => {
  it('build a nested path from the parents’ slugs, and the root "home" page is "/"', async () => {
    const home = await createPage('Home', 'home')
    const section = await createPage('Slavery today', 'slavery-today')
    const child = await createPage('Human trafficking', 'human-trafficking', section)
    const grandchild = await createPage('Signs', 'signs', child)
    expect(home.path).toBe('/')
    expect(section.path).toBe('/slavery-today')
    expect(child.path).toBe('/slavery-today/human-trafficking')
    expect(grandchild.path).toBe('/slavery-today/human-trafficking/signs')
  })

  it('fill an empty slug from the title', async () => {
    const page = await t.payload.create({ collection: 'pages', data: { title: 'Forced Labour & Debt Bondage', _status: 'published' } })
    expect(page.path).toBe('/forced-labour-debt-bondage')
  })

  it('move with their parent when the parent is renamed, down to grandchildren', async () => {
    const section = await createPage('Issues', 'issues')
    const child = await createPage('Child labour', 'child-labour', section)
    const grandchild = await createPage('Cocoa', 'cocoa', child)
    await t.payload.update({ collection: 'pages', id: section.id, data: { slug: 'what-we-tackle' } })
    expect(await pathOf(child)).toBe('/what-we-tackle/child-labour')
    expect(await pathOf(grandchild)).toBe('/what-we-tackle/child-labour/cocoa')
  })

  it('move when the page is placed under another parent', async () => {
    const from = await createPage('From', 'from')
    const to = await createPage('To', 'to')
    const child = await createPage('Mover', 'mover', from)
    await t.payload.update({ collection: 'pages', id: child.id, data: { parent: to.id } })
    expect(await pathOf(child)).toBe('/to/mover')
    await t.payload.update({ collection: 'pages', id: child.id, data: { parent: null } })
    expect(await pathOf(child)).toBe('/mover')
  })

  it('moving a parent does not publish a sub-page’s unpublished edits', async () => {
    const section = await createPage('Old section', 'old-section')
    const child = await createPage('Published title', 'child', section)
    const grandchild = await createPage('Grandchild', 'grandchild', child)
    await t.payload.update({ collection: 'pages', id: child.id, data: { title: 'Unpublished edit' }, draft: true })
    await t.payload.update({ collection: 'pages', id: section.id, data: { slug: 'new-section' } })
    expect(await pathOf(grandchild)).toBe('/new-section/child/grandchild')
    const published = await t.payload.find({ collection: 'pages', where: { path: { equals: '/new-section/child' } } })
    expect(published.docs.map((page) => page.title)).toEqual(['Published title'])
    const draft = await t.payload.findByID({ collection: 'pages', id: child.id, draft: true })
    expect(draft.title).toBe('Unpublished edit')
  })

  it('leave sub-pages where they are while a parent’s rename is only a draft, and move them on publish', async () => {
    const section = await createPage('Campaigns', 'campaigns')
    const child = await createPage('Cotton', 'cotton', section)
    await t.payload.update({ collection: 'pages', id: section.id, data: { slug: 'our-campaigns' }, draft: true })
    const publicPaths = async () =>
      (await t.payload.find({ collection: 'pages', where: { id: { in: [section.id, child.id] } }, sort: 'id' })).docs.map((page) => page.path)
    expect(await publicPaths()).toEqual(['/campaigns', '/campaigns/cotton'])
    await t.payload.update({ collection: 'pages', id: section.id, data: { _status: 'published' } })
    expect(await publicPaths()).toEqual(['/our-campaigns', '/our-campaigns/cotton'])
  })

  it('refuse a page placed under itself or under one of its own sub-pages', async () => {
    const parent = await createPage('Loop parent', 'loop-parent')
    const child = await createPage('Loop child', 'loop-child', parent)
    await expect(t.payload.update({ collection: 'pages', id: parent.id, data: { parent: parent.id } })).rejects.toThrow(/under itself/)
    await expect(t.payload.update({ collection: 'pages', id: parent.id, data: { parent: child.id } })).rejects.toThrow(/under itself/)
    expect(await pathOf(parent)).toBe('/loop-parent')
  })

  it('refuse two pages at the same address', async () => {
    await createPage('Twin', 'twin')
    await expect(createPage('Twin again', 'twin')).rejects.toThrow()
  })
})
