/** @jsxImportSource hono/jsx */
import { useSite } from '../../site/views/site-context'
import { safetyPagePath } from './safety-page'

/**
 * GOV.UK's "Exit this page": a real link that leaves for an everyday site, so it works without
 * JavaScript; rel="nofollow noreferrer" so the other site is not told where the reader came from.
 * The script (quick-exit.ts) adds the Shift-three-times shortcut, hides the page at once and
 * leaves without a history entry. The strings it announces are given here, in the reader's language.
 */
export function QuickExit({ url }: { url: string }) {
  const { t } = useSite()
  return (
    <aside class="ab-quick-exit" aria-label={t('quickExit.button')}>
      <a
        class="ab-quick-exit__button"
        href={url}
        rel="nofollow noreferrer"
        data-quick-exit-link
        data-press-two={t('quickExit.pressTwoMore')}
        data-press-one={t('quickExit.pressOneMore')}
        data-expired={t('quickExit.expired')}
        data-loading={t('quickExit.loading')}
      >
        <span class="ab-visually-hidden">{t('quickExit.emergency')} </span>
        {t('quickExit.button')}
      </a>
      <span class="ab-visually-hidden" aria-live="polite" data-quick-exit-status></span>
    </aside>
  )
}

/**
 * What the button does and does not do, at the top of the page's main content. Always shown, not
 * only the first time: remembering that it was seen would leave a trace on the device.
 */
export function QuickExitHint() {
  const { t, href } = useSite()
  return (
    <p class="ab-quick-exit-hint">
      {t('quickExit.hint')} <a href={href(safetyPagePath)}>{t('quickExit.safetyLink')}</a>
    </p>
  )
}
