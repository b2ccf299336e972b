import type { Context } from 'hono'
import type { Payload } from 'payload'
import type { Env } from '../../env'
import { globalTag } from '../../site/cache-tags'
import { siteSettings } from '../../site/content'
import { looksAutomated } from '../../site/forms/anti-spam'
import { clientAddress } from '../../site/forms/client-address'
import { isSameOriginRequest } from '../../site/forms/csrf'
import { parseForm, readForm } from '../../site/forms/parse'
import { crossSiteProblem, privateHtml, problemResponse, redirectAfterPost, tooManyProblem } from '../../site/forms/respond'
import type { LocaleCode } from '../../site/locales'
import { renderContext, type RenderContext } from '../../site/render-page'
import { respondWithPage } from '../../site/respond'
import { wordingVersionExists } from './consent-wording'
import { consentWordingSlug } from './ConsentWording'
import { signUpSchema } from './form-schema'
import { charityDetails } from './mails'
import { createUpdatesLimiters, type UpdatesLimiters, type UpdatesLimits } from './limits'
import { signUp } from './sign-up'
import { signUpFormData } from './sign-up-form-data'
import { tokenRoutes } from './token-routes'
import { renderMessagePage, renderUpdatesPage } from './views/pages'

export type UpdatesDeps = {
  payload: Payload
  env: Env
  /** Rules for limiters of its own (tests), or limiters shared with the other forms (the app). */
  limits?: UpdatesLimits
  limiters?: UpdatesLimiters
}

export type UpdatesRoutes = {
  /** Whether a path (without its language prefix) belongs to the sign-up flow. */
  handles: (path: string) => boolean
  get: (c: Context, locale: LocaleCode, path: string) => Promise<Response>
  post: (c: Context, locale: LocaleCode, path: string) => Promise<Response>
}

const staticPages = {
  '/updates/check-your-email': { title: 'updates.checkEmail.title', body: ['updates.checkEmail.body', 'updates.checkEmail.spam'] },
  '/updates/confirmed': { title: 'updates.confirmed.title', body: ['updates.confirmed.body'] },
  '/updates/unsubscribed': { title: 'updates.unsubscribed.title', body: ['updates.unsubscribed.body'] },
} as const

const isStaticPage = (path: string): path is keyof typeof staticPages => path in staticPages

/** Sign up for updates: /updates and its confirmation, preferences and unsubscribe pages (issue 4). */
export function updatesRoutes(deps: UpdatesDeps): UpdatesRoutes {
  const { payload, env } = deps
  const limiters = deps.limiters ?? createUpdatesLimiters(env, deps.limits)
  const tokens = tokenRoutes({ payload, env, limiters })
  const cacheEnabled = env.PAGE_CACHE === 'on'
  const context = (locale: LocaleCode): RenderContext => renderContext({ payload, env }, locale, false)
  const tags = [globalTag('site-settings'), globalTag(consentWordingSlug)]

  async function formData(ctx: RenderContext) {
    const settings = await siteSettings(payload, ctx.mode.locale)
    return signUpFormData({ payload, env }, ctx.mode.locale, settings, ctx.site.href('/updates'))
  }

  async function postSignUp(c: Context, ctx: RenderContext): Promise<Response> {
    const { href } = ctx.site
    if (!isSameOriginRequest(c.req.raw.headers, env.SITE_URL)) return problemResponse(c, ctx, crossSiteProblem('/updates'))
    if (!(await limiters.signUpsPerClient.allow(clientAddress(c)))) return problemResponse(c, ctx, tooManyProblem('/updates'))
    const done = () => redirectAfterPost(c, href('/updates/check-your-email'))
    const values = await readForm(c)
    // A bot gets the same answer as a person, and nothing is stored or sent.
    if (looksAutomated(values, env.PAYLOAD_SECRET)) return done()
    const { interestIds, ...charity } = await charityDetails(payload, ctx.mode.locale)
    const parsed = parseForm(signUpSchema(interestIds), values)
    const errors = parsed.ok ? {} : parsed.errors
    if (parsed.ok && !(await wordingVersionExists(payload, parsed.data.wording))) errors._form = 'updates.errors.wordingChanged'
    if (!parsed.ok || errors._form) return privateHtml(c, await renderUpdatesPage(ctx, await formData(ctx), { values, errors }), 400)
    const { email, firstName, interests, wording, form, page } = parsed.data
    await signUp(
      { payload, env, perAddress: limiters.mailsPerAddress, charity },
      { email, firstName, interests, locale: ctx.mode.locale, wordingVersion: wording, form, pagePath: page },
    )
    return done()
  }

  return {
    handles: (path) => path === '/updates' || path.startsWith('/updates/'),
    get: async (c, locale, path) => {
      const ctx = context(locale)
      if (path === '/updates') {
        return respondWithPage(c, {
          cacheKey: `${locale}:/updates`,
          cacheEnabled,
          render: async () => ({ status: 200, html: await renderUpdatesPage(ctx, await formData(ctx)), tags }),
        })
      }
      if (isStaticPage(path)) {
        const page = staticPages[path]
        return respondWithPage(c, {
          cacheKey: `${locale}:${path}`,
          cacheEnabled,
          render: async () => ({ status: 200, html: await renderMessagePage(ctx, path, page.title, [...page.body]), tags }),
        })
      }
      return tokens.get(c, ctx, path, () => formData(ctx))
    },
    post: async (c, locale, path) => {
      const ctx = context(locale)
      if (path === '/updates') return postSignUp(c, ctx)
      return tokens.post(c, ctx, path)
    },
  }
}
