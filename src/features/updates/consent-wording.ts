import type { Payload } from 'payload'
import { translator } from '../../i18n'
import { locales, type LocaleCode } from '../../site/locales'
import { consentWordingSlug } from './ConsentWording'

export type Wording = { version: number; text: string }

const ensuredKey = Symbol.for('abolition.consent-wording-ensured')
type Holder = { [ensuredKey]?: WeakMap<Payload, Promise<void>> }

/**
 * A new site has no wording saved yet: the catalog's default wording becomes version one in
 * every language, so the form always has a version to record.
 */
function ensureWording(payload: Payload): Promise<void> {
  const holder = globalThis as Holder
  holder[ensuredKey] ??= new WeakMap()
  let ensured = holder[ensuredKey].get(payload)
  if (!ensured) {
    ensured = (async () => {
      const { totalDocs } = await payload.findGlobalVersions({ slug: consentWordingSlug, limit: 1, depth: 0 })
      if (totalDocs > 0) return
      for (const { code } of locales) {
        await payload.updateGlobal({ slug: consentWordingSlug, locale: code, data: { text: translator(code)('updates.defaultWording') } })
      }
    })()
    ensured.catch(() => holder[ensuredKey]?.delete(payload))
    holder[ensuredKey].set(payload, ensured)
  }
  return ensured
}

/**
 * Every page's footer shows the wording, so it is remembered for a few seconds per language
 * rather than read on every render. A copy a moment old is still correct: the form carries the
 * version it shows, and that is the version recorded.
 */
const rememberedMs = 10_000
const remembered = new Map<string, { at: number; wording: Wording }>()

export const forgetCurrentWording = (): void => remembered.clear()

/** The wording a form shows now, in the reader's language, and its version id. */
export async function currentWording(payload: Payload, locale: LocaleCode, now = Date.now()): Promise<Wording> {
  const hit = remembered.get(locale)
  if (hit && now - hit.at < rememberedMs) return hit.wording
  const wording = await latestWording(payload, locale)
  remembered.set(locale, { at: now, wording })
  return wording
}

async function latestWording(payload: Payload, locale: LocaleCode): Promise<Wording> {
  await ensureWording(payload)
  const { docs } = await payload.findGlobalVersions({ slug: consentWordingSlug, locale, sort: '-createdAt', limit: 1, depth: 0 })
  const latest = docs[0]
  if (!latest) throw new Error('No consent wording version exists.')
  return { version: Number(latest.id), text: String((latest.version as { text?: string }).text ?? '') }
}

/** Versions never change, so knowing one exists can be remembered for the life of the process. */
const knownVersions = new Set<number>()

export async function wordingVersionExists(payload: Payload, version: number): Promise<boolean> {
  if (!Number.isSafeInteger(version) || version < 1) return false
  if (knownVersions.has(version)) return true
  try {
    await payload.findGlobalVersionByID({ slug: consentWordingSlug, id: String(version), depth: 0 })
  } catch {
    return false
  }
  knownVersions.add(version)
  return true
}
