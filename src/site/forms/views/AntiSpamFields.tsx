/** @jsxImportSource hono/jsx */
import { useSite } from '../../views/site-context'
import { honeypotField, renderStampField } from '../anti-spam'

/**
 * The honeypot (hidden by CSS, out of the tab order, never autofilled: people never fill it, naive
 * bots do) and the signed render time. Neither needs JavaScript.
 */
export function AntiSpamFields({ idPrefix, renderStamp }: { idPrefix: string; renderStamp: string }) {
  const { t } = useSite()
  const id = `${idPrefix}-${honeypotField}`
  return (
    <>
      <div class="ab-hp" aria-hidden="true">
        <label for={id}>{t('forms.honeypot')}</label>
        <input id={id} name={honeypotField} type="text" value="" tabindex={-1} autocomplete="off" />
      </div>
      <input type="hidden" name={renderStampField} value={renderStamp} />
    </>
  )
}
