import type { Payload, PayloadRequest } from 'payload'
import { managesSupporters } from '../../updates/access'
import { DailyBarChart } from '../../../admin-components/DailyBarChart'
import { signaturesPerDay } from '../staff/signatures-per-day'

const number = (value: number) => value.toLocaleString('en-GB')

/** The delivery list as a spreadsheet or a page to print, with or without e-mail addresses. */
function DeliveryLinks({ campaignId }: { campaignId: number | string }) {
  const link = (kind: 'csv' | 'html', withEmail: boolean) => `/api/signatures/delivery.${kind}?campaign=${campaignId}${withEmail ? '&email=1' : ''}`
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem', margin: '0.5rem 0 1rem' }}>
      <a className="btn btn--style-secondary btn--size-small" href={link('html', false)} target="_blank" rel="noopener">
        Printable delivery list
      </a>
      <a className="btn btn--style-secondary btn--size-small" href={link('csv', false)} download>
        Delivery list (CSV)
      </a>
      <a className="btn btn--style-secondary btn--size-small" href={link('html', true)} target="_blank" rel="noopener">
        Printable, with e-mail addresses
      </a>
      <a className="btn btn--style-secondary btn--size-small" href={link('csv', true)} download>
        CSV with e-mail addresses
      </a>
    </div>
  )
}

/**
 * On a campaign's edit view, for admins and fundraisers (signatures are personal data): the
 * verified total, those still waiting for confirmation, the totals per day, and the delivery list.
 */
export async function SignatureReport({ id, payload, req }: { id?: number | string; payload: Payload; req: PayloadRequest }) {
  if (id === undefined || id === null || id === '') return null
  if (!managesSupporters(req)) {
    return <p style={{ margin: '1rem 0' }}>Signatures and the delivery list are shown to admins and fundraisers.</p>
  }
  const totals = await signaturesPerDay(payload, Number(id))
  const recent = [...totals.days].reverse()
  return (
    <section aria-labelledby="signature-report" style={{ margin: '1.5rem 0' }}>
      <h3 id="signature-report">
        Signatures: {number(totals.verified)} verified
      </h3>
      <p style={{ margin: '0.25rem 0' }}>
        {number(totals.pending)} more waiting for their e-mail confirmation (they do not count, and are deleted after 30 days).
      </p>
      <DeliveryLinks campaignId={id} />
      {totals.days.length ? (
        <>
          <div style={{ margin: '0.5rem 0 1rem' }}>
            <DailyBarChart
              days={totals.days.map((day) => ({ day: day.day, value: day.verified }))}
              height={140}
              describe={(first, last, highest) => `Verified signatures per day from ${first} to ${last}; the busiest day had ${number(highest)}.`}
            />
          </div>
          <table className="table">
            <caption style={{ textAlign: 'start', fontWeight: 600, padding: '0.5rem 0' }}>Verified signatures per day (UTC, by the day they signed), newest first</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Signed that day</th>
                <th scope="col">Total so far</th>
              </tr>
            </thead>
            <tbody>
              {recent.map((day) => (
                <tr key={day.day}>
                  <td>{day.day}</td>
                  <td>{number(day.verified)}</td>
                  <td>{number(day.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p>No verified signatures yet.</p>
      )}
    </section>
  )
}
