export type DailyValue = { day: string; value: number }

/**
 * A bar per day, drawn on the server as SVG for the admin: no chart library, no client JavaScript.
 * `describe` gives the chart's accessible name from its first and last day and its highest value.
 */
export function DailyBarChart({ days, height = 160, describe }: { days: DailyValue[]; height?: number; describe: (first: string, last: string, highest: number) => string }) {
  const width = 720
  const highest = Math.max(1, ...days.map((day) => day.value))
  const barWidth = width / Math.max(days.length, 1)
  const first = days[0]?.day ?? ''
  const last = days[days.length - 1]?.day ?? ''
  return (
    <svg viewBox={`0 0 ${width} ${height + 20}`} role="img" aria-label={describe(first, last, highest)} style={{ width: '100%', maxWidth: `${width}px`, height: 'auto' }}>
      {days.map((day, index) => {
        const barHeight = Math.round((day.value / highest) * height)
        return (
          <rect key={day.day} x={index * barWidth} y={height - barHeight} width={Math.max(barWidth - 1, 0.5)} height={barHeight} fill="currentColor">
            <title>{`${day.day}: ${day.value}`}</title>
          </rect>
        )
      })}
      <line x1={0} x2={width} y1={height} y2={height} stroke="currentColor" strokeWidth={1} />
      <text x={0} y={height + 16} fontSize={12} fill="currentColor">
        {first}
      </text>
      <text x={width} y={height + 16} fontSize={12} fill="currentColor" textAnchor="end">
        {last}
      </text>
    </svg>
  )
}
