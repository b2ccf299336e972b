import type { Translation } from '../types'
import { home } from './home'
import { humanTrafficking } from './human-trafficking'
import { images, siteSettings } from './site'
import { slaveryToday } from './slavery-today'

/** Lithuanian: many of the survivors Freedom Line meets came from Lithuania. */
export const lt: Translation = {
  locale: 'lt',
  pages: {
    '/': home,
    '/slavery-today': slaveryToday,
    '/slavery-today/human-trafficking': humanTrafficking,
  },
  images,
  siteSettings,
}
