/**
 * Outgoing mail for every feature: render a branded message, queue it (stored in the outbox in
 * the caller's transaction), and the `sendMail` job delivers it over SMTP or keeps it in the
 * development outbox. See docs/mail.md.
 */
export { eraseMailTo } from './erase-mail'
export { InvalidMailError, mailStatements, queueMail, type OutgoingMail } from './queue-mail'
export { renderMail, type MailContent } from './render-mail'
export { mailAttempts, mailQueue, runMailQueue, startMailPoller } from './mail-queue'
export { Outbox, outboxSlug } from './Outbox'
export { mailFrom, sendMailTask } from './send-mail-task'
export { closeMailTransports } from './smtp-transport'
export { outboxEmailAdapter } from './payload-email-adapter'
