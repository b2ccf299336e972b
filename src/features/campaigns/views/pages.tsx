/** @jsxImportSource hono/jsx */
import type { Campaign } from '../../../payload-types'
import type { FieldErrors, FormValues } from '../../../site/forms/parse'
import { assetUrl } from '../../../site/assets'
import { allLocales, shell, type RenderContext } from '../../../site/render-page'
import { ContentPage } from '../../../site/views/ContentPage'
import { formatDate } from '../../../site/views/NewsList'
import type { Wording } from '../../updates/consent-wording'
import { isOpen } from '../campaign-state'
import { Progress } from './Progress'
import { SignatureForm } from './SignatureForm'

const statusKey = { open: 'campaigns.status.open', closed: 'campaigns.status.closed', won: 'campaigns.status.won' } as const

export async function renderCampaignList(ctx: RenderContext, campaigns: Campaign[]): Promise<string> {
  const { t, href } = ctx.site
  const now = Date.now()
  const body = (
    <div class="ab-article">
      <h1 class="ab-hero__title">{t('campaigns.list.title')}</h1>
      <p class="ab-hero__intro">{t('campaigns.list.intro')}</p>
      {campaigns.length ? (
        <ul class="ab-campaigns">
          {campaigns.map((campaign) => (
            <li class="ab-campaigns__item">
              <h2>
                <a href={href(`/campaigns/${campaign.slug}`)}>{campaign.title}</a>
              </h2>
              <p class="ab-campaigns__status">{t(isOpen(campaign, now) ? 'campaigns.status.open' : statusKey[campaign.status === 'won' ? 'won' : 'closed'])}</p>
              <p>{campaign.summary}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('campaigns.list.none')}</p>
      )}
    </div>
  )
  return shell(ctx, { path: '/campaigns', title: t('campaigns.list.title'), body, languages: allLocales })
}

export type CampaignPageState = { count: number; renderStamp: string; wording: Wording; values?: FormValues; errors?: FieldErrors; refused?: boolean }

/** A campaign, its petition, the verified count and the form (or the outcome once it has ended). */
export async function renderCampaignPage(ctx: RenderContext, campaign: Campaign, state: CampaignPageState): Promise<string> {
  const { t, href, locale } = ctx.site
  const open = isOpen(campaign)
  const path = `/campaigns/${campaign.slug}`
  const hasErrors = Boolean(state.errors && Object.keys(state.errors).length)
  const body = (
    <ContentPage title={campaign.title} intro={campaign.summary} image={campaign.hero?.image} layout={campaign.layout}>
      <section class="ab-section ab-petition" aria-labelledby="petition-title">
        <h2 id="petition-title">{t('campaigns.petition.title')}</h2>
        <p class="ab-petition__target">{t('campaigns.petition.to', { target: campaign.target })}</p>
        <blockquote class="ab-petition__text">
          <p>{campaign.petitionText}</p>
        </blockquote>
        {campaign.deadline ? (
          <p class="ab-petition__deadline">
            {t(open ? 'campaigns.petition.closes' : 'campaigns.petition.closed', { date: formatDate(campaign.deadline, locale) })}
          </p>
        ) : null}
        <Progress count={state.count} goal={campaign.signatureGoal} />
        {open ? (
          <>
            <h3>{t('campaigns.form.title')}</h3>
            <SignatureForm action={href(path)} petitionVersion={campaign.petitionVersion ?? 1} renderStamp={state.renderStamp} wording={state.wording} values={state.values} errors={state.errors} />
          </>
        ) : (
          <div class="ab-petition__outcome">
            {state.refused ? (
              <p class="ab-notice" role="alert">
                {t('campaigns.closedNotice')}
              </p>
            ) : null}
            <h3>{t(campaign.status === 'won' ? 'campaigns.status.won' : 'campaigns.status.closed')}</h3>
            {campaign.outcome ? <p>{campaign.outcome}</p> : null}
          </div>
        )}
      </section>
    </ContentPage>
  )
  const title = hasErrors ? `${t('forms.errorTitlePrefix')} ${campaign.title}` : campaign.seo?.title || campaign.title
  return shell(ctx, { path, title, description: campaign.seo?.description ?? campaign.summary, body, languages: allLocales })
}

/** After signing: what happens next, and plain share links (no third-party scripts). */
export async function renderThanksPage(ctx: RenderContext, campaign: Campaign): Promise<string> {
  const { t, href } = ctx.site
  const path = `/campaigns/${campaign.slug}/thanks`
  const url = `${ctx.env.SITE_URL}${href(`/campaigns/${campaign.slug}`)}`
  const text = t('campaigns.share.text', { campaign: campaign.title })
  const encoded = { url: encodeURIComponent(url), text: encodeURIComponent(text) }
  const body = (
    <div class="ab-article ab-flow">
      <h1 class="ab-hero__title">{t('campaigns.thanks.title')}</h1>
      <p>{t('campaigns.thanks.body')}</p>
      <p>{t('campaigns.thanks.spam')}</p>
      <h2>{t('campaigns.share.title')}</h2>
      <ul
        class="ab-share"
        data-ab-share={url}
        data-ab-share-text={text}
        data-ab-share-label={t('campaigns.share.button')}
        data-ab-copy-label={t('campaigns.share.copy')}
        data-ab-copied-label={t('campaigns.share.copied')}
      >
        <li>
          <a href={`mailto:?subject=${encoded.text}&body=${encoded.url}`}>{t('campaigns.share.email')}</a>
        </li>
        <li>
          <a href={`https://wa.me/?text=${encoded.text}%20${encoded.url}`} rel="noopener noreferrer">
            WhatsApp
          </a>
        </li>
        <li>
          <a href={`https://bsky.app/intent/compose?text=${encoded.text}%20${encoded.url}`} rel="noopener noreferrer">
            Bluesky
          </a>
        </li>
        <li>
          <a href={`https://www.facebook.com/sharer/sharer.php?u=${encoded.url}`} rel="noopener noreferrer">
            Facebook
          </a>
        </li>
      </ul>
      <p>
        <label class="ab-label" for="share-link">
          {t('campaigns.share.link')}
        </label>
        <input class="ab-input" id="share-link" type="text" readonly value={url} />
      </p>
      <script src={assetUrl('share.js')} defer />
      <p>
        <a href={href(`/campaigns/${campaign.slug}`)}>{t('campaigns.thanks.back')}</a>
      </p>
    </div>
  )
  return shell(ctx, { path, title: t('campaigns.thanks.title'), body, languages: allLocales })
}
