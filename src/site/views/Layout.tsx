/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx'
import type { SiteSetting } from '../../payload-types'
import { assetUrl } from '../assets'
import { hrefOf } from './links'

export type LayoutProps = {
  title: string
  description?: string | null
  settings: SiteSetting
  locale: string
  dir: 'ltr' | 'rtl'
  canonicalUrl: string
  currentPath: string
  preview?: boolean
  children: Child
}

export function Layout(props: LayoutProps) {
  const { settings } = props
  const pageTitle = props.title === settings.charityName ? props.title : `${props.title} | ${settings.charityName}`
  return (
    <html lang={props.locale} dir={props.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{pageTitle}</title>
        {props.description ? <meta name="description" content={props.description} /> : null}
        <link rel="canonical" href={props.canonicalUrl} />
        <link rel="stylesheet" href={assetUrl('site.css')} />
        <link rel="icon" href={assetUrl('favicon.svg')} type="image/svg+xml" />
        <link rel="alternate" type="application/rss+xml" title={`${settings.charityName} news`} href="/feed.xml" />
        {props.preview ? <script src={assetUrl('preview.js')} defer /> : null}
      </head>
      <body class="ab-body">
        <a class="ab-skip-link" href="#main">
          Skip to main content
        </a>
        {props.preview ? (
          <p class="ab-preview-banner" role="status">
            Preview: you are looking at a draft that the public cannot see.
          </p>
        ) : null}
        <Header settings={settings} currentPath={props.currentPath} />
        <main id="main" class="ab-main" tabindex={-1}>
          {props.children}
        </main>
        <Footer settings={settings} />
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
function Header({ settings, currentPath }: { settings: SiteSetting; currentPath: string }) {
  const navigation = settings.navigation ?? []
  return (
    <header class="ab-header">
      <div class="ab-header__bar">
        <p class="ab-brand">
          <a class="ab-brand__name" href="/">
            {settings.charityName}
          </a>
          {settings.tagline ? <span class="ab-brand__tagline">{settings.tagline}</span> : null}
        </p>
        <p class="ab-header__actions">
          <a class="ab-button ab-button--secondary" href="/updates">
            Sign up for updates
          </a>
          <a class="ab-button ab-button--donate" href="/donate">
            Donate
          </a>
        </p>
      </div>
      {navigation.length ? (
        <nav class="ab-header__nav" aria-label="Main">
          <ul class="ab-nav">
            {navigation.map((link) => {
              const href = hrefOf(link)
              if (!href) return null
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

function Footer({ settings }: { settings: SiteSetting }) {
  const links = settings.footer?.links ?? []
  return (
    <footer class="ab-footer">
      <div class="ab-footer__inner">
        <p class="ab-footer__name">{settings.charityName}</p>
        {settings.footer?.text ? <p class="ab-footer__text">{settings.footer.text}</p> : null}
        <nav aria-label="Footer">
          <ul class="ab-footer__links">
            {links.map((link) => {
              const href = hrefOf(link)
              return href ? (
                <li>
                  <a href={href}>{link.label}</a>
                </li>
              ) : null
            })}
            <li>
              <a href="/privacy">Privacy</a>
            </li>
          </ul>
        </nav>
        <p class="ab-footer__legal">
          {settings.charityName} is a registered charity, number {settings.charityNumber}.
          {settings.footer?.address ? ` ${settings.footer.address}` : ''}
        </p>
      </div>
    </footer>
  )
}
