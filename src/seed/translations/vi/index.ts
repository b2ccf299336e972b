import type { Translation } from '../types'
import { getHelp, stayingSafeOnline } from './get-help'
import { home } from './home'
import { humanTrafficking } from './human-trafficking'
import { images, siteSettings } from './site'
import { slaveryToday } from './slavery-today'

/** Vietnamese: many of the survivors Freedom Line meets came from Vietnam. */
export const vi: Translation = {
  locale: 'vi',
  pages: {
    '/': home,
    '/slavery-today': slaveryToday,
    '/slavery-today/human-trafficking': humanTrafficking,
    '/get-help': getHelp,
    '/get-help/staying-safe-online': stayingSafeOnline,
  },
  images,
  siteSettings,
}
