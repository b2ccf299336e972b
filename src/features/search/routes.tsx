/** @jsxImportSource hono/jsx */
import type { Context } from 'hono'
import type { Payload } from 'payload'
import type { Env } from '../../env'
import { globalTag } from '../../site/cache-tags'
import { clientAddress } from '../../site/forms/client-address'
import { parseForm } from '../../site/forms/parse'
import { createRateLimiter, type LimitRule } from '../../site/forms/rate-limit'
import { privateHtml, problemResponse, tooManyProblem } from '../../site/forms/respond'
import type { LocaleCode } from '../../site/locales'
import { allLocales, renderContext, shell, type RenderContext } from '../../site/render-page'
import { respondWithPage } from '../../site/respond'
import { searchSchema } from './form-schema'
import { searchSite, type SearchResult } from './search'
import { SearchPage } from './views/SearchPage'

/** Every search costs four queries: generous for a person, a ceiling for a script. */
export const defaultSearchLimit: LimitRule = { points: 60, durationSeconds: 60 }

const page = (ctx: RenderContext, title: string, query: string, extra: { results?: SearchResult[]; error?: string } = {}) =>
  shell(ctx, { path: '/search', title, body: <SearchPage query={query} {...extra} />, languages: allLocales })

/**
 * /search (issue 5 and the site map): the empty form is an ordinary cached page; results are
 * rendered for each request and never cached or indexed, so nothing is kept of what people look
 * for and a story taken down is gone from them at once.
 */
export function searchRoutes(deps: { payload: Payload; env: Env; limit?: LimitRule }) {
  const { payload, env } = deps
  const limiter = createRateLimiter('search-client', deps.limit ?? defaultSearchLimit, env)
  return {
    handles: (path: string) => path === '/search',
    get: async (c: Context, locale: LocaleCode): Promise<Response> => {
      const ctx = renderContext({ payload, env }, locale, false)
      const { t } = ctx.site
      const typed = c.req.query('q') ?? ''
      if (!typed.trim()) {
        return respondWithPage(c, {
          cacheKey: `${locale}:/search`,
          cacheEnabled: env.PAGE_CACHE === 'on',
          render: async () => ({ status: 200, html: await page(ctx, t('search.title'), ''), tags: [globalTag('site-settings')] }),
        })
      }
      const parsed = parseForm(searchSchema, { q: typed })
      if (!parsed.ok) {
        const error = t(parsed.errors.q ?? 'search.errors.tooLong')
        return privateHtml(c, await page(ctx, `${t('forms.errorTitlePrefix')} ${t('search.title')}`, typed, { error }), 400)
      }
      if (!(await limiter.allow(clientAddress(c)))) return problemResponse(c, ctx, tooManyProblem('/search'))
      const results = await searchSite(payload, locale, parsed.data.q)
      return privateHtml(c, await page(ctx, `${t('search.resultsFor', { query: parsed.data.q })} | ${t('search.title')}`, typed, { results }))
    },
  }
}
