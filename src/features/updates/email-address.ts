import { domainToASCII, domainToUnicode } from 'node:url'

/** RFC 5321's limit on a forward path, and what every mailbox provider accepts. */
export const maxEmailLength = 254

export type NormalisedEmail = {
  /** The address to write to: the local part as typed, the domain lower-cased (Unicode form). */
  address: string
  /** The same address compared case-insensitively: one supporter per key. */
  key: string
}

export type EmailProblem = 'missing' | 'tooLong' | 'invalid'

// Letters and digits of any script (RFC 6531 allows UTF-8 local parts) and RFC 5322's atext symbols.
const localPartPattern = /^[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u
const asciiLabelPattern = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/
// Control and format characters (including zero-width ones) hide what an address really is.
const invisiblePattern = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u

/**
 * Checks and normalises an address as a person typed it (decision 009): trimmed, NFC, domain
 * lower-cased and validated through IDNA; the local part kept as typed (some mail systems are
 * case-sensitive there) but compared case-insensitively. Quoted local parts and IP-literal
 * domains are refused: people do not use them, attackers do.
 */
export function normaliseEmail(input: string): { ok: true; email: NormalisedEmail } | { ok: false; problem: EmailProblem } {
  const typed = input.trim().normalize('NFC')
  if (!typed) return { ok: false, problem: 'missing' }
  if (typed.length > maxEmailLength) return { ok: false, problem: 'tooLong' }
  if (invisiblePattern.test(typed) || /\s|[<>]/.test(typed)) return { ok: false, problem: 'invalid' }
  const at = typed.lastIndexOf('@')
  const local = typed.slice(0, at)
  const domain = typed.slice(at + 1).toLowerCase()
  if (at < 1 || !domain || Buffer.byteLength(local, 'utf8') > 64 || !localPartPattern.test(local)) return { ok: false, problem: 'invalid' }
  const ascii = domainToASCII(domain)
  const labels = ascii.split('.')
  if (!ascii || ascii.length > 253 || labels.length < 2 || !labels.every((label) => asciiLabelPattern.test(label))) {
    return { ok: false, problem: 'invalid' }
  }
  if (/^\d+$/.test(labels[labels.length - 1] ?? '')) return { ok: false, problem: 'invalid' }
  const unicodeDomain = domainToUnicode(ascii)
  const address = `${local}@${unicodeDomain}`
  if (address.length > maxEmailLength) return { ok: false, problem: 'tooLong' }
  return { ok: true, email: { address, key: `${local.toLowerCase()}@${unicodeDomain}` } }
}
