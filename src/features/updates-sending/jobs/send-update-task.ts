import type { TaskConfig } from 'payload'
import { LeaseLostError } from '../send/lease'
import { sendUpdate } from '../send/send-update'

/**
 * Sends one update (see send-update.ts). A database error fails the job and Payload's queue runs
 * it again after a pause, resuming where it stopped; a job that finds another sender holding the
 * update (or the update not sending) ends quietly.
 */
export const sendUpdateTask: TaskConfig<'sendUpdate'> = {
  slug: 'sendUpdate',
  label: 'Send an update to supporters',
  inputSchema: [
    { name: 'updateId', type: 'text', required: true },
    { name: 'lease', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    try {
      const outcome = await sendUpdate(req.payload, { updateId: Number(input.updateId), lease: input.lease })
      return { output: { outcome } }
    } catch (error) {
      if (error instanceof LeaseLostError) return { output: { outcome: 'lease-lost' } }
      throw error
    }
  },
}
