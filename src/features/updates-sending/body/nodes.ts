/** Reading a stored Lexical body without the editor: its nodes, its cards, whether it says anything. */

export type BodyNode = { type?: string; text?: string; children?: BodyNode[]; fields?: Record<string, unknown>; value?: unknown }
export type StoredBody = { root?: { children?: BodyNode[] } } | null | undefined

export function* walk(nodes: BodyNode[] | undefined): Generator<BodyNode> {
  for (const node of nodes ?? []) {
    yield node
    yield* walk(node.children)
  }
}

export const nodesOf = (body: StoredBody): BodyNode[] => (body && typeof body === 'object' ? (body.root?.children ?? []) : [])

/** Something to read or see: a word, an image, a button or a card. Empty paragraphs do not count. */
export function bodyHasContent(body: StoredBody): boolean {
  for (const node of walk(nodesOf(body))) {
    if (node.type === 'block' || node.type === 'upload') return true
    if (typeof node.text === 'string' && node.text.trim()) return true
  }
  return false
}

/** A relationship as stored (an id) or populated (the document). */
export const idOf = (value: unknown): number | undefined => {
  if (typeof value === 'number') return value
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value)
  if (value && typeof value === 'object' && 'id' in value) return idOf((value).id)
  return undefined
}

/** The ids of the stories and campaigns the body's cards show. */
export function cardsIn(body: StoredBody): { stories: number[]; campaigns: number[] } {
  const stories = new Set<number>()
  const campaigns = new Set<number>()
  for (const node of walk(nodesOf(body))) {
    if (node.type !== 'block' || !node.fields) continue
    const story = node.fields.blockType === 'updateStoryCard' ? idOf(node.fields.story) : undefined
    const campaign = node.fields.blockType === 'updateCampaignCard' ? idOf(node.fields.campaign) : undefined
    if (story !== undefined) stories.add(story)
    if (campaign !== undefined) campaigns.add(campaign)
  }
  return { stories: [...stories], campaigns: [...campaigns] }
}
