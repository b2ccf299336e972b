import type { Context } from 'hono'
import type { Payload } from 'payload'
import type { Env } from '../../env'
import { siteSettings } from '../../site/content'
import { clientAddress } from '../../site/forms/client-address'
import { isSameOriginRequest } from '../../site/forms/csrf'
import { parseForm, readForm } from '../../site/forms/parse'
import { crossSiteProblem, privateHtml, problemResponse, redirectAfterPost, tooManyProblem } from '../../site/forms/respond'
import type { RenderContext } from '../../site/render-page'
import { preferencesSchema } from './form-schema'
import { interestsOf } from './interests-settings-field'
import type { UpdatesLimiters } from './limits'
import { changeInterests, checkConfirmToken, confirmSubscription, unsubscribe } from './manage'
import { findByManageToken, interestsOfSupporter } from './supporters'
import { looksLikeToken } from './tokens'
import type { SignUpFormData } from './views/sign-up-context'
import { renderButtonPage, renderLinkProblemPage, renderMessagePage, renderPreferencesPage } from './views/pages'

type TokenPath = { kind: 'confirm' | 'unsubscribe' | 'preferences'; token: string }

function tokenPath(path: string): TokenPath | undefined {
  const match = /^\/updates\/(confirm|unsubscribe|preferences)\/([^/]+)$/.exec(path)
  if (!match?.[1] || !match[2]) return undefined
  return { kind: match[1] as TokenPath['kind'], token: match[2] }
}

const notFoundPage = (c: Context, ctx: RenderContext) =>
  renderMessagePage(ctx, '/updates', 'updates.linkProblem.invalidTitle', ['updates.linkProblem.unknown']).then((html) => privateHtml(c, html, 404))

/**
 * The pages behind the links in e-mails. A GET never changes anything (scanners follow links);
 * each page has one button that POSTs. Token pages are private (never cached, not indexed).
 */
export function tokenRoutes(deps: { payload: Payload; env: Env; limiters: UpdatesLimiters }) {
  const { payload, env, limiters } = deps

  async function preferencesPage(c: Context, ctx: RenderContext, token: string, saved: boolean) {
    const supporter = await findByManageToken(payload, token)
    if (!supporter || supporter.status === 'erased') return notFoundPage(c, ctx)
    const settings = await siteSettings(payload, ctx.mode.locale)
    const html = await renderPreferencesPage(ctx, {
      action: c.req.path,
      interests: interestsOf(settings),
      chosen: interestsOfSupporter(supporter),
      saved,
      unsubscribeHref: ctx.site.href(`/updates/unsubscribe/${token}`),
    })
    return privateHtml(c, html)
  }

  return {
    get: async (c: Context, ctx: RenderContext, path: string, formData: () => Promise<SignUpFormData>): Promise<Response> => {
      const target = tokenPath(path)
      if (!target || !looksLikeToken(target.token)) return notFoundPage(c, ctx)
      if (target.kind === 'confirm') {
        const state = await checkConfirmToken(payload, target.token)
        if (state !== 'valid') return privateHtml(c, await renderLinkProblemPage(ctx, await formData(), state), state === 'expired' ? 410 : 404)
        const html = await renderButtonPage(ctx, '/updates/confirm', c.req.path, 'updates.confirm.title', ['updates.confirm.body'], 'updates.confirm.button')
        return privateHtml(c, html)
      }
      if (target.kind === 'unsubscribe') {
        if (!(await findByManageToken(payload, target.token))) return notFoundPage(c, ctx)
        const html = await renderButtonPage(ctx, '/updates/unsubscribe', c.req.path, 'updates.unsubscribe.title', ['updates.unsubscribe.body'], 'updates.unsubscribe.button')
        return privateHtml(c, html)
      }
      return preferencesPage(c, ctx, target.token, c.req.query('saved') === '1')
    },

    post: async (c: Context, ctx: RenderContext, path: string): Promise<Response> => {
      const target = tokenPath(path)
      if (!target || !looksLikeToken(target.token)) return notFoundPage(c, ctx)
      if (!(await limiters.linkPostsPerClient.allow(clientAddress(c)))) return problemResponse(c, ctx, tooManyProblem('/updates'))
      const { href } = ctx.site
      if (target.kind === 'unsubscribe') {
        // No Origin check here, on purpose (decision 009): mailbox providers POST one-click
        // unsubscribes cross-site and without cookies (RFC 8058). The unguessable token is the
        // authority, and the worst a forged request can do is what the link's owner asked for.
        const values = await readForm(c)
        const oneClick = values['List-Unsubscribe'] === 'One-Click'
        const done = await unsubscribe(payload, target.token, oneClick ? 'one-click' : 'unsubscribe-page')
        if (oneClick) return c.text(ctx.site.t(done ? 'updates.unsubscribed.title' : 'updates.linkProblem.unknown'), done ? 200 : 404, { 'Cache-Control': 'no-store' })
        return done ? redirectAfterPost(c, href('/updates/unsubscribed')) : notFoundPage(c, ctx)
      }
      if (!isSameOriginRequest(c.req.raw.headers, env.SITE_URL)) return problemResponse(c, ctx, crossSiteProblem('/updates'))
      if (target.kind === 'confirm') {
        const outcome = await confirmSubscription(payload, target.token)
        if (outcome.result === 'confirmed') return redirectAfterPost(c, href('/updates/confirmed'))
        return redirectAfterPost(c, c.req.path)
      }
      const supporter = await findByManageToken(payload, target.token)
      if (!supporter || supporter.status === 'erased') return notFoundPage(c, ctx)
      const settings = await siteSettings(payload, ctx.mode.locale)
      const interests = interestsOf(settings)
      const parsed = parseForm(preferencesSchema(interests.map((interest) => interest.id)), await readForm(c))
      if (!parsed.ok) {
        const html = await renderPreferencesPage(ctx, {
          action: c.req.path,
          interests,
          chosen: interestsOfSupporter(supporter),
          saved: false,
          unsubscribeHref: href(`/updates/unsubscribe/${target.token}`),
          errors: parsed.errors,
        })
        return privateHtml(c, html, 400)
      }
      await changeInterests(payload, supporter, parsed.data.interests, ctx.mode.locale)
      return redirectAfterPost(c, `${c.req.path}?saved=1`)
    },
  }
}
