import type { Payload } from 'payload'
import { ensureCampaigns } from './campaigns'
import { ensureNews } from './ensure-news'
import { ensurePages } from './ensure-pages'
import { ensureImages, type ImageKey } from './images'
import { createMarkdownConverter } from './markdown'
import { newsSeeds } from './news'
import { pageSeeds } from './pages'
import { ensureSiteSettings } from './site-settings'
import { ensureStories, type StorySlug } from './stories'
import { translateAllSiteSettings, translateContent } from './translations'

/**
 * Seeds the demo site of "Freedom Line", a fictional UK anti-slavery charity. Each item is created
 * only if it is missing (media by file name, pages by address, news by slug, settings field by
 * field), so running it again creates nothing twice and completes a partly seeded database.
 *
 * It runs only into an empty site: the site settings are filled last, so once they name a charity
 * (a finished seed, or an operator who set up their own site) nothing is seeded again, and a demo
 * page an editor deleted stays deleted.
 */
export async function seedDemoContent(payload: Payload): Promise<void> {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
  if (settings.charityName) return
  const markdown = await createMarkdownConverter(payload)
  const images = await ensureImages(payload)
  const image = (key: ImageKey) => images.ids[key]
  const stories = await ensureStories(payload, { markdown, image })
  const story = (slug: StorySlug) => stories.ids[slug]
  const pages = await ensurePages(payload, pageSeeds, { markdown, image, story })
  const tools = { markdown, image, page: pages.page, story }
  const news = await ensureNews(payload, newsSeeds, tools)
  const campaigns = await ensureCampaigns(payload)
  // Vietnamese and Lithuanian for some pages only: the others show the "not yet translated" notice.
  const translated = await translateContent(payload, tools)
  const settingsFilled = await ensureSiteSettings(payload, pages.page)
  // After the English settings, whose menu rows the translated labels attach to.
  const settingsTranslated = await translateAllSiteSettings(payload)

  const createdAnything =
    images.created + stories.created + pages.created + pages.completed + news + campaigns + translated.pages + translated.images + settingsTranslated > 0 || settingsFilled
  payload.logger.info(
    createdAnything
      ? `Demo content: created ${pages.created} pages, ${news} news items, ${stories.created} stories, ${images.created} images` +
          `${pages.completed ? `; completed ${pages.completed} pages` : ''}${settingsFilled ? '; filled in site settings' : ''}` +
          `; translated ${translated.pages} pages, ${translated.images} images and ${settingsTranslated} languages of site settings`
      : 'Demo content: already present, nothing to add',
  )
}
