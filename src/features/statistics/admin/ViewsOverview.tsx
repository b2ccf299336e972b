import type { Payload } from 'payload'
import { DailyBarChart } from '../../../admin-components/DailyBarChart'
import { viewsOverview } from '../views-overview'

/** Shown above the statistics rows in the admin: the last 90 days at a glance and the top pages. */
export async function ViewsOverview({ payload }: { payload: Payload }) {
  const overview = await viewsOverview(payload)
  return (
    <section aria-labelledby="views-overview" style={{ marginBottom: '2rem' }}>
      <h2 id="views-overview">Last 90 days: {overview.total.toLocaleString('en-GB')} views</h2>
      <figure style={{ margin: '0 0 1.5rem' }}>
        <DailyBarChart
          days={overview.days.map((day) => ({ day: day.day, value: day.views }))}
          height={180}
          describe={(first, last, highest) => `Views per day from ${first} to ${last}; the highest day had ${highest} views.`}
        />
        <figcaption>Views per day, last 90 days (highest day: {Math.max(1, ...overview.days.map((day) => day.views))}).</figcaption>
      </figure>
      <h3>Most viewed pages</h3>
      {overview.topPages.length ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Page</th>
              <th scope="col">Views</th>
            </tr>
          </thead>
          <tbody>
            {overview.topPages.map((page) => (
              <tr key={page.path}>
                <td>{page.path}</td>
                <td>{page.views.toLocaleString('en-GB')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>No views counted yet.</p>
      )}
    </section>
  )
}
