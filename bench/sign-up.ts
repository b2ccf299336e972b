import type { LoadRequest } from './load'
import type { RowStore } from './row-store'
import { ageRenderStamp, checkWriteIntegrity, formPost, hiddenField, type WriteIntegrity } from './form-posts'

/**
 * The sign-up POST as a browser sends it: the form's wording version and signed render time (read
 * from the page, then aged past the 2-second bot check), a distinct address per request.
 */
export async function signUpRequest(baseUrl: string): Promise<LoadRequest> {
  const html = await (await fetch(`${baseUrl}/updates`)).text()
  const wording = hiddenField(html, 'wording', '/updates')
  const rendered = hiddenField(html, 'rendered', '/updates')
  await ageRenderStamp(rendered)
  return formPost(`email=bench-[<id>]%40example.org&wording=${wording}&form=updates-page&page=%2Fupdates&rendered=${encodeURIComponent(rendered)}`)
}

/** Issue 4: the supporters created must equal the successful sign-ups. */
export async function checkSignUpIntegrity(baseUrl: string, rows: RowStore, connections: number, amount = 1000): Promise<WriteIntegrity> {
  return checkWriteIntegrity({
    url: `${baseUrl}/updates`,
    request: await signUpRequest(baseUrl),
    rows,
    countSql: "SELECT count(*) AS n FROM supporters WHERE email LIKE 'bench-%'",
    connections,
    amount,
  })
}
