/** Answers shared by the staff endpoints that handle personal data (supporters, signatures). */

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
