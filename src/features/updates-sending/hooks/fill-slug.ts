import type { CollectionBeforeValidateHook } from 'payload'
import { slugify } from '../../../fields/slug'

/**
 * An update's archive address comes from its subject (once it has one). Subjects repeat ("Our
 * June update" every year), so a taken slug gets -2, -3…; a slug typed by the editor is kept.
 */
export const fillSlug: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const typed = typeof data.slug === 'string' ? data.slug.trim() : ''
  if (typed) return { ...data, slug: typed }
  const subject = typeof data.subject === 'string' ? data.subject : (originalDoc as { subject?: string } | undefined)?.subject
  const base = slugify(subject ?? '')
  if (!base) return data
  const id = (originalDoc as { id?: number } | undefined)?.id
  for (let suffix = 1; suffix < 50; suffix++) {
    const candidate = suffix === 1 ? base : `${base.slice(0, 75)}-${suffix}`
    const { totalDocs } = await req.payload.count({
      collection: 'updates',
      where: { and: [{ slug: { equals: candidate } }, ...(id === undefined ? [] : [{ id: { not_equals: id } }])] },
      overrideAccess: true,
      req,
    })
    if (totalDocs === 0) return { ...data, slug: candidate }
  }
  return data
}
