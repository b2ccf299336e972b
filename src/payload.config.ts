import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { adminRunsJobs } from './access/roles'
import { databaseAdapter } from './database'
import { env } from './env'
import { outboxEmailAdapter } from './features/mail/payload-email-adapter'
import { Outbox } from './features/mail/Outbox'
import { Campaigns } from './features/campaigns/Campaigns'
import { Signatures } from './features/campaigns/Signatures'
import { donationCollections } from './features/donations/collections'
import { deleteAbandonedGiftsTask } from './features/donations/jobs/delete-abandoned'
import { deleteUnconfirmedSignaturesTask } from './features/campaigns/jobs/delete-unconfirmed-signatures'
import { sendMailTask } from './features/mail/send-mail-task'
import { Media } from './features/media/Media'
import { maxUploadBytes } from './features/media/safe-upload'
import { News } from './features/news/News'
import { Pages } from './features/pages/Pages'
import { livePreviewUrl } from './features/preview/preview-url'
import { SiteSettings } from './features/site-settings/SiteSettings'
import { ConsentForms } from './features/stories/ConsentForms'
import { storyConsentTask } from './features/stories/review-job'
import { Stories } from './features/stories/Stories'
import { PageViews } from './features/statistics/PageViews'
import { Consents } from './features/updates/collections/Consents'
import { Supporters } from './features/updates/collections/Supporters'
import { ConsentWording } from './features/updates/ConsentWording'
import { deleteUnconfirmedTask } from './features/updates/jobs/delete-unconfirmed'
import { updatesAutoRun, updatesSendingCollections, updatesSendingTasks } from './features/updates-sending/config'
import { Users } from './features/users/Users'
import { publicRichTextEditor } from './fields/rich-text-editor'
import { defaultLocale, locales } from './site/locales'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const { DATABASE_URL, LOG_LEVEL, NODE_ENV, PAYLOAD_SECRET, SITE_URL } = env()

export default buildConfig({
  secret: PAYLOAD_SECRET,
  serverURL: SITE_URL,
  csrf: [SITE_URL],
  cors: [SITE_URL],
  db: databaseAdapter(DATABASE_URL, NODE_ENV),
  editor: publicRichTextEditor,
  sharp,
  // Staff password resets go through the outbox and queue like every other message.
  email: outboxEmailAdapter,
  // JSON lines in production (for a log collector); Payload's pretty printer in development.
  logger: NODE_ENV === 'production' ? { options: { name: 'abolition', level: LOG_LEVEL } } : undefined,
  // Localization is on from the first migration so that adding a language is data, not a schema rewrite.
  localization: {
    locales: locales.map(({ code, label, englishName, dir }) => ({ code, label: `${label} (${englishName})`, rtl: dir === 'rtl' })),
    defaultLocale,
    fallback: true,
  },
  collections: [Pages, News, Stories, Media, ConsentForms, Users, PageViews, Outbox, Supporters, Consents, Campaigns, Signatures, ...donationCollections, ...updatesSendingCollections],
  globals: [SiteSettings, ConsentWording],
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · abolition admin' },
    importMap: { baseDir: dirname },
    livePreview: {
      url: livePreviewUrl,
      collections: ['pages', 'news'],
      breakpoints: [
        { label: 'Phone', name: 'phone', width: 375, height: 667 },
        { label: 'Tablet', name: 'tablet', width: 768, height: 1024 },
        { label: 'Desktop', name: 'desktop', width: 1280, height: 800 },
      ],
    },
  },
  jobs: {
    // Scheduled publishing is a job; the queue runs inside the server process every minute.
    // Updates have their own queue, polled every two seconds (docs/sending-updates.md); mail has
    // its own poller, started with the server (startMailPoller, docs/mail.md).
    autoRun: [{ cron: '* * * * *', limit: 50, queue: 'default' }, updatesAutoRun],
    tasks: [sendMailTask, deleteUnconfirmedTask, storyConsentTask, deleteUnconfirmedSignaturesTask, deleteAbandonedGiftsTask, ...updatesSendingTasks],
    shouldAutoRun: () => process.env.PAYLOAD_JOBS !== 'off',
    access: { run: adminRunsJobs, queue: adminRunsJobs, cancel: adminRunsJobs },
  },
  // Uploads over the limit are refused with 413 while they stream in (by default Payload would
  // truncate them silently); the collections' safeUpload hook checks the same limit for the Local API.
  upload: { limits: { fileSize: maxUploadBytes }, abortOnLimit: true, responseOnLimit: 'This file is larger than 20 MB. Make it smaller and upload it again.' },
  graphQL: { disable: true },
  telemetry: false,
  // Types are generated on purpose (`npm run generate:types`) and checked by `npm run check:types`
  // (which sets PAYLOAD_TYPES_OUTPUT to compare elsewhere); Payload's background regeneration on
  // every non-production start would rewrite the tree behind our back.
  typescript: { autoGenerate: false, outputFile: process.env.PAYLOAD_TYPES_OUTPUT || path.resolve(dirname, 'payload-types.ts') },
})
