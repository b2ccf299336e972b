/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx'
import { SiteSettingsContext } from '../../features/get-help/settings-context'
import { pageSafety } from '../../features/quick-exit/page-safety'
import { QuickExit, QuickExitHint } from '../../features/quick-exit/QuickExit'
import { FooterSignUp } from '../../features/updates/views/FooterSignUp'
import { SignUpFormContext, type SignUpFormData } from '../../features/updates/views/sign-up-context'
import type { SiteSetting } from '../../payload-types'
import { assetUrl } from '../assets'
import { LanguageSwitcher, type Alternate } from './LanguageSwitcher'
import { hrefOf } from './links'
import { SiteContext, useSite, type SiteContextValue } from './site-context'

export type LayoutProps = {
  title: string
  description?: string | null
  settings: SiteSetting
  site: SiteContextValue
  dir: 'ltr' | 'rtl'
  canonicalUrl: string
  /** The page's address in the reader's language, e.g. /vi/slavery-today. */
  currentPath: string
  /** The page in every language it exists in (hreflang links and the language switcher). */
  alternates: Alternate[]
  /** Set when the page is shown in English because it has no translation yet: the language's own name. */
  untranslatedInto?: string
  preview?: boolean
  /** The sign-up form's wording and topics, for the footer form and any sign-up block. */
  signUp?: SignUpFormData
  children: Child
}

export function Layout(props: LayoutProps) {
  const { settings, site } = props
  const { t } = site
  const safety = pageSafety(settings, props.currentPath)
  const fullTitle = props.title === settings.charityName ? props.title : `${props.title} | ${settings.charityName}`
  // A plain title keeps what the page is about out of tabs, history and the app switcher.
  const pageTitle = safety.neutralTitle ? t('quickExit.neutralTitle') : fullTitle
  return (
    <html lang={site.locale} dir={props.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {safety.helpPage ? <meta name="referrer" content="no-referrer" /> : null}
        <title>{pageTitle}</title>
        {props.description ? <meta name="description" content={props.description} /> : null}
        <link rel="canonical" href={props.canonicalUrl} />
        {props.alternates.map((alternate) => (
          <link rel="alternate" hreflang={alternate.locale} href={alternate.url} />
        ))}
        <link rel="stylesheet" href={assetUrl('site.css')} />
        <link rel="icon" href={assetUrl('favicon.svg')} type="image/svg+xml" />
        <link rel="alternate" type="application/rss+xml" title={t('layout.newsFeed', { name: settings.charityName })} href="/feed.xml" />
        {props.preview ? <script src={assetUrl('preview.js')} defer /> : null}
        {safety.quickExitUrl ? <script src={assetUrl('quick-exit.js')} defer /> : null}
      </head>
      <body class="ab-body">
        <SiteContext.Provider value={site}>
          <a class="ab-skip-link" href="#main">
            {t('layout.skipLink')}
          </a>
          {safety.quickExitUrl ? <QuickExit url={safety.quickExitUrl} /> : null}
          {props.preview ? (
            <p class="ab-preview-banner" role="status">
              {t('layout.preview')}
            </p>
          ) : null}
          <Header settings={settings} currentPath={props.currentPath} alternates={props.alternates} />
          <main id="main" class="ab-main" tabindex={-1}>
            {safety.quickExitUrl ? <QuickExitHint /> : null}
            {props.untranslatedInto ? (
              <p class="ab-fallback-notice" role="note">
                {t('layout.fallbackNotice', { language: props.untranslatedInto })}
              </p>
            ) : null}
            {/* Blocks that show settings (the helplines) read them from here. */}
            <SiteSettingsContext.Provider value={settings}>
              <SignUpFormContext.Provider value={props.signUp}>{props.children}</SignUpFormContext.Provider>
            </SiteSettingsContext.Provider>
          </main>
          <Footer settings={settings} signUp={props.signUp} />
        </SiteContext.Provider>
      </body>
    </html>
  )
}

/** "page" for the page itself, "true" for a section it sits in, so only one link claims to be this page. */
function currentness(currentPath: string, href: string): 'page' | 'true' | undefined {
  if (currentPath === href) return 'page'
  return href !== '/' && currentPath.startsWith(`${href}/`) ? 'true' : undefined
}

// Not sticky on purpose: a fixed header would cover the focused element when tabbing up the page (WCAG 2.4.11).
function Header({ settings, currentPath, alternates }: { settings: SiteSetting; currentPath: string; alternates: Alternate[] }) {
  const { t, href: localize } = useSite()
  const navigation = settings.navigation ?? []
  return (
    <header class="ab-header">
      <div class="ab-header__bar">
        <p class="ab-brand">
          <a class="ab-brand__name" href={localize('/')}>
            {settings.charityName}
          </a>
          {settings.tagline ? <span class="ab-brand__tagline">{settings.tagline}</span> : null}
        </p>
        <p class="ab-header__actions">
          <a class="ab-button ab-button--secondary" href={localize('/updates')}>
            {t('layout.signUp')}
          </a>
          <a class="ab-button ab-button--donate" href={localize('/donate')}>
            {t('layout.donate')}
          </a>
        </p>
      </div>
      <LanguageSwitcher alternates={alternates} />
      {navigation.length ? (
        <nav class="ab-header__nav" aria-label={t('layout.mainNavigation')}>
          <ul class="ab-nav">
            {navigation.map((link) => {
              const target = hrefOf(link)
              if (!target) return null
              const href = localize(target)
              return (
                <li>
                  <a class="ab-nav__link" href={href} aria-current={currentness(currentPath, href)}>
                    {link.label}
                  </a>
                </li>
              )
            })}
          </ul>
        </nav>
      ) : null}
    </header>
  )
}

function Footer({ settings, signUp }: { settings: SiteSetting; signUp?: SignUpFormData }) {
  const { t, href: localize } = useSite()
  const links = settings.footer?.links ?? []
  return (
    <footer class="ab-footer">
      <div class="ab-footer__inner">
        {signUp ? <FooterSignUp data={signUp} /> : null}
        <p class="ab-footer__name">{settings.charityName}</p>
        {settings.footer?.text ? <p class="ab-footer__text">{settings.footer.text}</p> : null}
        <nav aria-label={t('layout.footerNavigation')}>
          <ul class="ab-footer__links">
            {links.map((link) => {
              const href = hrefOf(link)
              return href ? (
                <li>
                  <a href={localize(href)}>{link.label}</a>
                </li>
              ) : null
            })}
            <li>
              <a href={localize('/privacy')}>{t('layout.privacy')}</a>
            </li>
          </ul>
        </nav>
        <p class="ab-footer__legal">
          {t('layout.charityLine', { name: settings.charityName, number: settings.charityNumber })}
          {settings.footer?.address ? ` ${settings.footer.address}` : ''}
        </p>
      </div>
    </footer>
  )
}
