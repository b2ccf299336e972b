import type { PayloadRequest } from 'payload'

/** Answers shared by the staff endpoints that handle personal data (supporters, signatures, donations, updates). */

export const forbiddenForStaff = (): Response =>
  Response.json({ errors: [{ message: 'Only admins and fundraisers can do this.' }] }, { status: 403 })

/** A file of personal data: downloaded, never cached by a browser or proxy. */
export const privateDownload = (body: string | Uint8Array<ArrayBuffer>, filename: string, contentType: string): Response =>
  new Response(body, {
    headers: {
      'Content-Type': contentType,
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'private, no-store',
    },
  })

/** The `:id` of a staff endpoint's path, as text ('' when missing). */
export const routeId = (req: PayloadRequest): string => {
  const id = req.routeParams?.id
  return typeof id === 'string' || typeof id === 'number' ? String(id) : ''
}
