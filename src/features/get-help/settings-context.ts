import { createContext, useContext } from 'hono/jsx'
import type { SiteSetting } from '../../payload-types'

/**
 * The site settings, provided by the layout to every view below it, for blocks that show
 * settings rather than page content (the helplines).
 */
export const SiteSettingsContext = createContext<SiteSetting | undefined>(undefined)

export const useSiteSettings = (): SiteSetting | undefined => useContext(SiteSettingsContext)
