/** @jsxImportSource hono/jsx */
import type { Context } from 'hono'
import type { MessageKey } from '../../i18n'
import { allLocales, shell, type RenderContext } from '../render-page'

/** Success is POST -> 303 -> GET, so reloading the next page never posts again. */
export const redirectAfterPost = (c: Context, location: string): Response => c.redirect(location, 303)

/** Pages answering one person's submission (errors, what they typed) are never cached anywhere. */
export const privateHtml = (c: Context, html: string, status: 200 | 400 | 403 | 404 | 410 | 429 | 503 = 200): Response =>
  c.html(html, status, { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' })

export type ProblemPage = { status: 403 | 429; title: MessageKey; body: MessageKey; path: string }

/**
 * A calm page for a refused submission (wrong origin, too many attempts) in the reader's
 * language, with a way back: never a bare error or a 500.
 */
export async function problemResponse(c: Context, ctx: RenderContext, problem: ProblemPage): Promise<Response> {
  const { t, href } = ctx.site
  const body = (
    <div class="ab-article">
      <h1 class="ab-hero__title">{t(problem.title)}</h1>
      <p>{t(problem.body)}</p>
      <p>
        <a href={href(problem.path)}>{t('forms.backToForm')}</a>
      </p>
    </div>
  )
  const html = await shell(ctx, { path: problem.path, title: t(problem.title), body, languages: allLocales })
  const headers: Record<string, string> = problem.status === 429 ? { 'Retry-After': '600' } : {}
  return c.html(html, problem.status, { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex', ...headers })
}

export const crossSiteProblem = (path: string): ProblemPage => ({ status: 403, title: 'forms.crossSite.title', body: 'forms.crossSite.body', path })
export const tooManyProblem = (path: string): ProblemPage => ({ status: 429, title: 'forms.tooMany.title', body: 'forms.tooMany.body', path })
