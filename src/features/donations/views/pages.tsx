/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx'
import type { MessageKey } from '../../../i18n'
import type { RenderContext } from '../../../site/render-page'
import { flowPage } from '../../updates/views/pages'
import { formatMoney, type DonationOptions } from '../amounts'
import { DonateForm, type DonateFormProps } from './DonateForm'

export type DonatePageState = DonateFormProps & {
  /** A message above the form: back from Checkout, or a problem reaching Stripe. */
  notice?: Notice
}

export type Notice = { title: MessageKey; body: MessageKey; alert?: boolean }

/** /donate: what a gift does, then the form. */
export function renderDonatePage(ctx: RenderContext, state: DonatePageState): Promise<string> {
  const { t } = ctx.site
  const hasErrors = Boolean(state.errors && Object.keys(state.errors).length)
  const body = (
    <>
      <h1 class="ab-hero__title">{t('donate.title')}</h1>
      <p class="ab-hero__intro">{t('donate.intro')}</p>
      {state.notice ? (
        <div class="ab-notice" role={state.notice.alert ? 'alert' : 'status'}>
          <h2>{t(state.notice.title)}</h2>
          <p>{t(state.notice.body)}</p>
        </div>
      ) : null}
      <DonateForm {...state} />
    </>
  )
  return flowPage(ctx, '/donate', t('donate.title'), body, hasErrors)
}

/** Without Stripe keys (the local demo) the page says plainly that it cannot take money. */
export function renderNotConfigured(ctx: RenderContext, options: DonationOptions): Promise<string> {
  const { t, locale } = ctx.site
  const presets = options.presets['one-off']
  const body = (
    <>
      <h1 class="ab-hero__title">{t('donate.title')}</h1>
      <p class="ab-hero__intro">{t('donate.intro')}</p>
      <div class="ab-notice" role="status">
        <h2>{t('donate.notConfigured.title')}</h2>
        <p>{t('donate.notConfigured.body')}</p>
        <p>{t('donate.notConfigured.contact')}</p>
      </div>
      {presets.length ? (
        <ul class="ab-donate__impact">
          {presets.map((preset) => (
            <li>
              <strong>{formatMoney(preset.pence, locale)}</strong> {preset.impact}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  )
  return flowPage(ctx, '/donate', t('donate.title'), body)
}

/** A page of a heading and paragraphs already translated (thank-you states, manage link, problems). */
export function renderDonationMessage(ctx: RenderContext, path: string, title: string, paragraphs: string[], extra?: Child): Promise<string> {
  const body = (
    <>
      <h1 class="ab-hero__title">{title}</h1>
      {paragraphs.map((text) => (
        <p>{text}</p>
      ))}
      {extra}
    </>
  )
  return flowPage(ctx, path, title, body)
}
