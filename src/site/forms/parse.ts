import type { Context } from 'hono'
import { z } from 'zod'
import { catalogs, type MessageKey } from '../../i18n'

/** What a form posted: text fields as strings, repeated fields (checkboxes) as lists. Files are ignored. */
export type FormValues = Record<string, string | string[]>

/** One message per field that needs fixing, as a catalog key translated in the page's language. */
export type FieldErrors = Record<string, MessageKey>

export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors }

/** A zod error option whose message is a catalog key, so the page can say it in the reader's language. */
export const message = (key: MessageKey) => ({ error: key })

/** Missing text fields read as '' and are trimmed, so "missing" and "empty" get the same error. */
export const formText = () =>
  z
    .string()
    .optional()
    .transform((value) => (value ?? '').trim())

/** Checkbox groups post one value per ticked box, or nothing at all. */
export const formList = () =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))

/** Reads a urlencoded or multipart body; anything unreadable is treated as an empty form. */
export async function readForm(c: Context): Promise<FormValues> {
  let body: Record<string, unknown>
  try {
    body = await c.req.parseBody({ all: true })
  } catch {
    return {}
  }
  const values: FormValues = {}
  for (const [name, value] of Object.entries(body)) {
    if (typeof value === 'string') values[name] = value
    else if (Array.isArray(value)) values[name] = value.filter((item): item is string => typeof item === 'string')
  }
  return values
}

/** A text field's submitted value (the first, if it was sent twice). */
export const textValue = (values: FormValues, name: string): string => {
  const value = values[name]
  return (Array.isArray(value) ? value[0] : value) ?? ''
}

export const listValue = (values: FormValues, name: string): string[] => {
  const value = values[name]
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}

const isMessageKey = (value: string): value is MessageKey => {
  let node: unknown = catalogs.en
  for (const part of value.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return false
    node = (node as Record<string, unknown>)[part]
  }
  return typeof node === 'string'
}

/**
 * Parses with the form's one schema. Only the fields the schema names are read (an unknown extra
 * field is ignored, never stored); the first problem of each field becomes its message.
 */
export function parseForm<T>(schema: z.ZodType<T>, values: FormValues, fallback: MessageKey = 'forms.errors.invalid'): Parsed<T> {
  const result = schema.safeParse(values)
  if (result.success) return { ok: true, data: result.data }
  const errors: FieldErrors = {}
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '_form')
    errors[field] ??= isMessageKey(issue.message) ? issue.message : fallback
  }
  return { ok: false, errors }
}
