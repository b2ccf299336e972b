import type { Payload } from 'payload'
import { formatMoney } from '../amounts'
import { donationTotals, type TotalRow } from '../donation-totals'

function TotalsTable({ caption, heading, rows }: { caption: string; heading: string; rows: TotalRow[] }) {
  return (
    <table className="table" style={{ marginBottom: '1.5rem' }}>
      <caption style={{ textAlign: 'left', fontWeight: 600 }}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          <th scope="col">Donations</th>
          <th scope="col">Total</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <td>{row.key}</td>
            <td>{row.count.toLocaleString('en-GB')}</td>
            <td>{formatMoney(row.pence, 'en')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** Above the donations list: paid donations (less refunds) by month and by campaign or appeal. */
export async function DonationTotals({ payload }: { payload: Payload }) {
  const totals = await donationTotals(payload)
  if (!totals.byMonth.length) return <p>No paid donations since {totals.sinceMonth}.</p>
  return (
    <section aria-label="Donation totals" style={{ display: 'flex', gap: '2rem', flexWrap: 'wrap' }}>
      <TotalsTable caption={`By month, since ${totals.sinceMonth}`} heading="Month" rows={totals.byMonth} />
      <TotalsTable caption="By campaign or appeal" heading="Given to" rows={totals.byCampaign} />
    </section>
  )
}
