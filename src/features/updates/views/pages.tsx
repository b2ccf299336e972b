/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx'
import type { MessageKey } from '../../../i18n'
import type { FieldErrors, FormValues } from '../../../site/forms/parse'
import { Checkboxes } from '../../../site/forms/views/Checkboxes'
import { ErrorSummary } from '../../../site/forms/views/ErrorSummary'
import { allLocales, shell, type RenderContext } from '../../../site/render-page'
import type { Interest } from '../interests-settings-field'
import { SignUpForm } from './SignUpForm'
import type { SignUpFormData } from './sign-up-context'

/** One page of the sign-up flow, in the shared layout, in every language. */
export async function flowPage(ctx: RenderContext, path: string, title: string, body: Child, errors = false): Promise<string> {
  const pageTitle = errors ? `${ctx.site.t('forms.errorTitlePrefix')} ${title}` : title
  return shell(ctx, { path, title: pageTitle, body: <div class="ab-article ab-flow">{body}</div>, languages: allLocales, footerSignUp: false })
}

export function renderUpdatesPage(ctx: RenderContext, data: SignUpFormData, state: { values?: FormValues; errors?: FieldErrors } = {}) {
  const { t, href } = ctx.site
  const hasErrors = Boolean(state.errors && Object.keys(state.errors).length)
  const body = (
    <>
      <h1 class="ab-hero__title">{t('updates.page.title')}</h1>
      <p class="ab-hero__intro">{t('updates.page.intro')}</p>
      <SignUpForm data={data} variant="updates-page" pagePath={href('/updates')} values={state.values} errors={state.errors} />
    </>
  )
  return flowPage(ctx, '/updates', t('updates.page.title'), body, hasErrors)
}

/** A page of a title, some paragraphs and optionally a form or a link. */
export function renderMessagePage(ctx: RenderContext, path: string, title: MessageKey, paragraphs: MessageKey[], extra?: Child) {
  const { t } = ctx.site
  const body = (
    <>
      <h1 class="ab-hero__title">{t(title)}</h1>
      {paragraphs.map((key) => (
        <p>{t(key)}</p>
      ))}
      {extra}
    </>
  )
  return flowPage(ctx, path, t(title), body)
}

/** A page whose only action is one button that POSTs back to the same address. */
export function renderButtonPage(ctx: RenderContext, path: string, action: string, title: MessageKey, paragraphs: MessageKey[], button: MessageKey) {
  const { t } = ctx.site
  return renderMessagePage(
    ctx,
    path,
    title,
    paragraphs,
    <form method="post" action={action}>
      <button class="ab-button" type="submit">
        {t(button)}
      </button>
    </form>,
  )
}

/** An expired or used link: says so plainly and offers a new one (an address-only sign-up form). */
export function renderLinkProblemPage(ctx: RenderContext, data: SignUpFormData, reason: 'expired' | 'invalid') {
  const { href } = ctx.site
  const form = <SignUpForm data={data} variant="new-link" pagePath={href('/updates/confirm')} />
  return renderMessagePage(ctx, '/updates/confirm', reason === 'expired' ? 'updates.linkProblem.expiredTitle' : 'updates.linkProblem.invalidTitle', ['updates.linkProblem.body'], form)
}

export function renderPreferencesPage(
  ctx: RenderContext,
  options: { action: string; interests: Interest[]; chosen: string[]; saved: boolean; unsubscribeHref: string; errors?: FieldErrors },
) {
  const { t } = ctx.site
  const error = options.errors?.interests ? t(options.errors.interests) : undefined
  const body = (
    <>
      <h1 class="ab-hero__title">{t('updates.preferences.title')}</h1>
      {options.saved ? (
        <p class="ab-notice" role="status">
          {t('updates.preferences.saved')}
        </p>
      ) : null}
      <form class="ab-form" method="post" action={options.action} novalidate>
        <ErrorSummary items={error ? [{ fieldId: 'interests', text: error }] : []} />
        {options.interests.length ? (
          <Checkboxes
            id="interests"
            name="interests"
            legend={t('updates.form.interests')}
            hint={t('updates.form.interestsHint')}
            options={options.interests.map((interest) => ({ value: interest.id, label: interest.label }))}
            checked={options.chosen}
            error={error}
          />
        ) : (
          <p>{t('updates.preferences.noTopics')}</p>
        )}
        <button class="ab-button" type="submit">
          {t('updates.preferences.save')}
        </button>
      </form>
      <p>
        <a href={options.unsubscribeHref}>{t('updates.preferences.unsubscribeLink')}</a>
      </p>
    </>
  )
  return flowPage(ctx, '/updates/preferences', t('updates.preferences.title'), body, Boolean(error))
}
