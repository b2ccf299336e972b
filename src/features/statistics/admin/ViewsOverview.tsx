import type { Payload } from 'payload'
import { viewsOverview, type DailyViews } from '../views-overview'

const chart = { width: 720, height: 180, gap: 1 }

/** A bar per day, drawn on the server as SVG: no chart library, no client JavaScript. */
function DailyChart({ days }: { days: DailyViews[] }) {
  const highest = Math.max(1, ...days.map((day) => day.views))
  const barWidth = chart.width / days.length
  const first = days[0]?.day ?? ''
  const last = days[days.length - 1]?.day ?? ''
  return (
    <figure style={{ margin: '0 0 1.5rem' }}>
      <svg
        viewBox={`0 0 ${chart.width} ${chart.height + 20}`}
        role="img"
        aria-label={`Views per day from ${first} to ${last}; the highest day had ${highest} views.`}
        style={{ width: '100%', maxWidth: `${chart.width}px`, height: 'auto' }}
      >
        {days.map((day, index) => {
          const height = Math.round((day.views / highest) * chart.height)
          return (
            <rect key={day.day} x={index * barWidth} y={chart.height - height} width={barWidth - chart.gap} height={height} fill="currentColor">
              <title>{`${day.day}: ${day.views}`}</title>
            </rect>
          )
        })}
        <line x1={0} x2={chart.width} y1={chart.height} y2={chart.height} stroke="currentColor" strokeWidth={1} />
        <text x={0} y={chart.height + 16} fontSize={12} fill="currentColor">
          {first}
        </text>
        <text x={chart.width} y={chart.height + 16} fontSize={12} fill="currentColor" textAnchor="end">
          {last}
        </text>
      </svg>
      <figcaption>Views per day, last 90 days (highest day: {highest}).</figcaption>
    </figure>
  )
}

/** Shown above the statistics rows in the admin: the last 90 days at a glance and the top pages. */
export async function ViewsOverview({ payload }: { payload: Payload }) {
  const overview = await viewsOverview(payload)
  return (
    <section aria-labelledby="views-overview" style={{ marginBottom: '2rem' }}>
      <h2 id="views-overview">Last 90 days: {overview.total.toLocaleString('en-GB')} views</h2>
      <DailyChart days={overview.days} />
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
