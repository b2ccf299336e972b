/** One example of every public template, by address. The demo seed provides each of them. */
export type PublicTemplate = { name: string; status: 200 | 400 | 404; path: (baseUrl: string) => Promise<string> }

const fixed = (path: string) => () => Promise.resolve(path)

/** The first news item linked from /news, so the test does not depend on the seed's slugs. */
async function firstNewsItem(baseUrl: string): Promise<string> {
  const html = await (await fetch(`${baseUrl}/news`, { signal: AbortSignal.timeout(15_000) })).text()
  const match = /href="(\/news\/[a-z0-9-]+)"/.exec(html)
  if (!match?.[1]) throw new Error('/news links to no news item: the demo content should have some')
  return match[1]
}

export const explainerPath = '/slavery-today/human-trafficking'

export const publicTemplates: PublicTemplate[] = [
  { name: 'home', status: 200, path: fixed('/') },
  { name: 'explainer', status: 200, path: fixed(explainerPath) },
  { name: 'section page', status: 200, path: fixed('/slavery-today') },
  { name: 'news index', status: 200, path: fixed('/news') },
  { name: 'news item', status: 200, path: firstNewsItem },
  { name: 'privacy', status: 200, path: fixed('/privacy') },
  { name: 'not found', status: 404, path: fixed('/this-page-does-not-exist') },
  // Issue 3: a translated page in a Latin-script language, the right-to-left layout, and a page
  // shown in English with the "not translated yet" notice.
  { name: 'explainer in Vietnamese', status: 200, path: fixed(`/vi${explainerPath}`) },
  { name: 'home in Arabic (right to left)', status: 200, path: fixed('/ar') },
  { name: 'explainer in Arabic (right to left)', status: 200, path: fixed(`/ar${explainerPath}`) },
  { name: 'untranslated page in Lithuanian', status: 200, path: fixed('/lt/slavery-today/forced-labour') },
  { name: 'not found in Polish', status: 404, path: fixed('/pl/this-page-does-not-exist') },
  // Issue 8: the pages for people at risk, with the quick exit, in English, Vietnamese and Arabic.
  { name: 'get help', status: 200, path: fixed('/get-help') },
  { name: 'staying safe online', status: 200, path: fixed('/get-help/staying-safe-online') },
  { name: 'get help in Vietnamese', status: 200, path: fixed('/vi/get-help') },
  { name: 'staying safe online in Vietnamese', status: 200, path: fixed('/vi/get-help/staying-safe-online') },
  { name: 'get help in Arabic (right to left)', status: 200, path: fixed('/ar/get-help') },
  { name: 'staying safe online in Arabic (right to left)', status: 200, path: fixed('/ar/get-help/staying-safe-online') },
  // Issue 6: campaigns, an open petition (with its form) in English and Arabic, and one that ended.
  { name: 'campaigns', status: 200, path: fixed('/campaigns') },
  { name: 'open campaign', status: 200, path: fixed('/campaigns/end-forced-labour-in-supply-chains') },
  { name: 'open campaign in Arabic (right to left)', status: 200, path: fixed('/ar/campaigns/end-forced-labour-in-supply-chains') },
  { name: 'won campaign', status: 200, path: fixed('/campaigns/free-helpline-calls') },
  // The petition's pages after signing; the journey itself (with its error pages) is in petition.e2e.test.ts.
  { name: 'petition thank-you', status: 200, path: fixed('/campaigns/end-forced-labour-in-supply-chains/thanks') },
  { name: 'petition thank-you in Arabic (right to left)', status: 200, path: fixed('/ar/campaigns/end-forced-labour-in-supply-chains/thanks') },
  { name: 'petition signature confirmed', status: 200, path: fixed('/campaigns/end-forced-labour-in-supply-chains/confirmed') },
  { name: 'petition link not valid', status: 404, path: fixed(`/campaigns/end-forced-labour-in-supply-chains/confirm/${'x'.repeat(43)}`) },
  // Issue 5: survivor stories (the seed's fictional examples), the index with its filter, and a
  // story with a changed name, a content warning and a portrait.
  { name: 'stories index', status: 200, path: fixed('/stories') },
  { name: 'stories filtered', status: 200, path: fixed('/stories?form=debt-bondage') },
  { name: 'story with a changed name', status: 200, path: fixed('/stories/hai') },
  { name: 'story in Arabic (right to left)', status: 200, path: fixed('/ar/stories/rasa') },
  // Issue 7: the donate form (English, Arabic, a campaign's link with an amount), the page after
  // Checkout when nothing was paid, and a manage link that is not valid. The paid journey is in donate.e2e.test.ts.
  { name: 'donate', status: 200, path: fixed('/donate') },
  { name: 'donate in Arabic (right to left)', status: 200, path: fixed('/ar/donate') },
  { name: 'donate monthly from a link', status: 200, path: fixed('/donate?frequency=monthly&amount=7.5&appeal=winter') },
  { name: 'donation not paid', status: 404, path: fixed('/donate/thank-you?session_id=cs_test_unknown') },
  { name: 'monthly gift link not valid', status: 404, path: fixed(`/donate/manage/${'x'.repeat(43)}`) },
  // Search: the empty form, results (a story among them) and a query refused beside the field.
  { name: 'search', status: 200, path: fixed('/search') },
  { name: 'search results', status: 200, path: fixed('/search?q=forced+labour') },
  { name: 'search results in Arabic (right to left)', status: 200, path: fixed('/ar/search?q=%D8%A7%D9%84%D8%B9%D9%85%D9%84') },
  { name: 'search refused (too long)', status: 400, path: fixed(`/search?q=${'x'.repeat(101)}`) },
]
