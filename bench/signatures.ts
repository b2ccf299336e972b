import type { LoadRequest } from './load'
import type { RowStore } from './row-store'
import { ageRenderStamp, checkWriteIntegrity, formPost, hiddenField, type WriteIntegrity } from './form-posts'

/** Issue 6: the seed's open campaign. */
export const campaignPath = '/campaigns/end-forced-labour-in-supply-chains'

/** The petition POST as a browser sends it (hidden fields read from the page), a distinct address each. */
export async function signatureRequest(baseUrl: string, prefix = 'bench-sig-'): Promise<LoadRequest> {
  const html = await (await fetch(`${baseUrl}${campaignPath}`)).text()
  const form = html.slice(html.indexOf('ab-petition__form'))
  const rendered = hiddenField(form, 'rendered', 'petition')
  await ageRenderStamp(rendered)
  return formPost(
    `firstName=Bench&lastName=Signer&email=${prefix}[<id>]%40example.org&country=GB&postcode=&version=${hiddenField(form, 'version', 'petition')}` +
      `&wording=${hiddenField(form, 'wording', 'petition')}&rendered=${encodeURIComponent(rendered)}`,
  )
}

/** Issue 6: the signatures created must equal the successful posts. */
export async function checkSignatureIntegrity(baseUrl: string, rows: RowStore, connections: number, amount = 1000): Promise<WriteIntegrity> {
  return checkWriteIntegrity({
    url: `${baseUrl}${campaignPath}`,
    request: await signatureRequest(baseUrl, 'bench-sig-check-'),
    rows,
    countSql: "SELECT count(*) AS n FROM signatures WHERE email LIKE 'bench-sig-%'",
    connections,
    amount,
  })
}
