/** What src/payload.config.ts registers for sending updates (issue 9; docs/sending-updates.md). */
import { UpdateDeliveries } from './collections/UpdateDeliveries'
import { Updates } from './collections/Updates'
import { dispatchUpdatesTask } from './jobs/dispatch-updates'
import { sendUpdateTask } from './jobs/send-update-task'

export { updatesAutoRun } from './queue'
export const updatesSendingCollections = [Updates, UpdateDeliveries]
export const updatesSendingTasks = [sendUpdateTask, dispatchUpdatesTask]
