import type { SiteSetting } from '../../payload-types'
import { splitLocale } from '../../site/request-locale'
import { isHelpPath } from '../get-help/help-pages'
import { defaultQuickExitUrl } from './settings-fields'

export type PageSafety = {
  /** A get-help page: no referrer, quick exit always, a neutral title if the settings ask for one. */
  helpPage: boolean
  /** Where the quick exit leaves for, when the page shows it. */
  quickExitUrl: string | undefined
  neutralTitle: boolean
}

/** What a page does to protect a reader at risk, from its address (with language prefix) and the settings. */
export function pageSafety(settings: Pick<SiteSetting, 'safety'>, currentPath: string): PageSafety {
  const helpPage = isHelpPath(splitLocale(currentPath).path)
  const safety = settings.safety
  const showQuickExit = helpPage || Boolean(safety?.quickExitOnEveryPage)
  return {
    helpPage,
    quickExitUrl: showQuickExit ? safety?.quickExitUrl || defaultQuickExitUrl : undefined,
    neutralTitle: helpPage && Boolean(safety?.neutralTitles),
  }
}
