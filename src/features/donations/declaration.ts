import { createHash } from 'node:crypto'
import { translator } from '../../i18n'
import type { LocaleCode } from '../../site/locales'
import type { DeclarationScope } from './model'

export type Declaration = { version: string; text: string }

const keys = { single: 'donate.giftAid.declarationSingle', enduring: 'donate.giftAid.declarationEnduring' } as const

/**
 * The Gift Aid declaration a donor reads (HMRC's model wording, in their language) and its
 * version: a digest of the words, so any change to the wording is a new version without anyone
 * remembering to number it. The form carries the versions it showed; the declaration record
 * stores the exact text.
 */
export function giftAidDeclaration(locale: LocaleCode, scope: DeclarationScope, charity: string): Declaration {
  const t = translator(locale)
  const text = `${t(keys[scope], { charity })}\n\n${t('donate.giftAid.declarationFooter', { charity })}`
  return { version: createHash('sha256').update(text).digest('hex').slice(0, 16), text }
}

/** Both declarations' versions as the form sends them back ("single:…,enduring:…"). */
export const declarationVersions = (locale: LocaleCode, charity: string): string =>
  (['single', 'enduring'] as const).map((scope) => `${scope}:${giftAidDeclaration(locale, scope, charity).version}`).join(',')
