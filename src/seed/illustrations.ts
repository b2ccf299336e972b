/**
 * Calm abstract illustrations for the demo site, drawn as SVG and rendered to JPEG at seed time,
 * so the repository holds no binary images and every picture is ours to license.
 */

export const WIDTH = 1600
export const HEIGHT = 900

const palette = {
  navy: '#1d3b53',
  deepNavy: '#132a3c',
  slate: '#3f6079',
  yellow: '#f4c542',
  paleYellow: '#f8dc86',
  sand: '#e9dcc3',
  lightSand: '#f5eee0',
  darkSand: '#d6c19c',
  clay: '#c4a47a',
}

/** A small deterministic random source, so every run draws the same picture. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

const svg = (body: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">${body}</svg>`

/** A smooth band from the left edge to the right, closed along the bottom of the picture. */
function hill(baseline: number, amplitude: number, phase: number, fill: string): string {
  const points: string[] = []
  for (let x = 0; x <= WIDTH; x += 100) {
    const y = baseline + amplitude * Math.sin((x / WIDTH) * Math.PI * 2 + phase) + (amplitude / 3) * Math.sin((x / WIDTH) * Math.PI * 5 + phase)
    points.push(`${x},${y.toFixed(1)}`)
  }
  return `<path d="M0,${HEIGHT} L${points.join(' L')} L${WIDTH},${HEIGHT} Z" fill="${fill}"/>`
}

/** A sun rising over layered hills: the home page's hopeful opening. */
export function horizon(): string {
  return svg(`
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${palette.deepNavy}"/><stop offset="1" stop-color="${palette.slate}"/>
    </linearGradient></defs>
    <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#sky)"/>
    <circle cx="1120" cy="470" r="170" fill="${palette.yellow}"/>
    <circle cx="1120" cy="470" r="250" fill="${palette.yellow}" opacity="0.12"/>
    ${hill(560, 50, 0.6, palette.clay)}
    ${hill(640, 40, 2.1, palette.darkSand)}
    ${hill(730, 30, 4.0, palette.sand)}
    ${hill(820, 18, 1.3, palette.lightSand)}`)
}

type Point = { x: number; y: number }

/** A point part-way (t from 0 to 1) along a cubic Bézier curve. */
function along(p0: Point, p1: Point, p2: Point, p3: Point, t: number): Point {
  const u = 1 - t
  const at = (a: number, b: number, c: number, d: number) => u * u * u * a + 3 * u * u * t * b + 3 * u * t * t * c + t * t * t * d
  return { x: at(p0.x, p1.x, p2.x, p3.x), y: at(p0.y, p1.y, p2.y, p3.y) }
}

/** Many paths drawn towards one closed place: people led into exploitation from near and far. */
export function paths(): string {
  const next = random(7)
  const lines: string[] = []
  const dots: string[] = []
  const end = { x: 1180, y: 450 }
  for (let i = 0; i < 9; i++) {
    const start = { x: -20, y: 80 + i * 95 }
    const c1 = { x: 400 + next() * 200, y: start.y + (next() - 0.5) * 300 }
    const c2 = { x: 800 + next() * 200, y: 450 + (next() - 0.5) * 200 }
    lines.push(
      `<path d="M${start.x},${start.y} C${c1.x},${c1.y} ${c2.x},${c2.y} ${end.x},${end.y}" fill="none" stroke="${palette.navy}" stroke-width="${(3 + next() * 4).toFixed(1)}" stroke-linecap="round" opacity="0.35"/>`,
    )
    const dot = along(start, c1, c2, end, 0.15 + next() * 0.55)
    dots.push(`<circle cx="${dot.x.toFixed(0)}" cy="${dot.y.toFixed(0)}" r="${(12 + next() * 8).toFixed(0)}" fill="${i === 4 ? palette.yellow : palette.navy}"/>`)
  }
  return svg(`
    <rect width="${WIDTH}" height="${HEIGHT}" fill="${palette.lightSand}"/>
    <circle cx="260" cy="160" r="90" fill="${palette.sand}"/>
    ${lines.join('')}
    ${dots.join('')}
    <rect x="1180" y="300" width="300" height="300" rx="28" fill="${palette.navy}"/>
    <rect x="1230" y="350" width="200" height="200" rx="16" fill="${palette.deepNavy}"/>`)
}

/** Furrows running to the horizon under a low sky, with small bent figures at work. */
export function fields(): string {
  const horizonY = 400
  const furrows: string[] = []
  for (let i = -12; i <= 12; i++) {
    const bottom = 800 + i * 190
    furrows.push(
      `<path d="M${800 + i * 6},${horizonY} L${bottom - 38},${HEIGHT} L${bottom + 38},${HEIGHT} Z" fill="${i % 2 ? palette.clay : palette.darkSand}" opacity="0.8"/>`,
    )
  }
  const figures = [
    [420, 700, 1.1],
    [600, 560, 0.75],
    [1000, 620, 0.9],
    [1230, 780, 1.3],
    [850, 480, 0.5],
  ]
    .map(
      ([x, y, scale]) =>
        `<g transform="translate(${x},${y}) scale(${scale})"><circle cx="0" cy="-78" r="20" fill="${palette.navy}"/><path d="M-18,-55 Q10,-70 38,-40 L30,10 L-22,10 Z" fill="${palette.navy}"/></g>`,
    )
    .join('')
  return svg(`
    <rect width="${WIDTH}" height="${HEIGHT}" fill="${palette.sand}"/>
    <rect width="${WIDTH}" height="${horizonY}" fill="${palette.slate}"/>
    <circle cx="300" cy="230" r="80" fill="${palette.paleYellow}" opacity="0.9"/>
    ${furrows.join('')}
    ${figures}`)
}

/** Overlapping circles in a loose grid: a community and the ties within it. */
export function circles(): string {
  const next = random(23)
  const shapes: string[] = []
  for (let row = 0; row < 5; row++) {
    for (let col = 0; col < 9; col++) {
      const fill = next() < 0.12 ? palette.yellow : next() < 0.5 ? palette.navy : palette.clay
      const x = 110 + col * 175 + (row % 2) * 80
      const y = 110 + row * 170
      shapes.push(`<circle cx="${x}" cy="${y}" r="${60 + next() * 40}" fill="${fill}" opacity="${(0.45 + next() * 0.4).toFixed(2)}"/>`)
    }
  }
  return svg(`<rect width="${WIDTH}" height="${HEIGHT}" fill="${palette.lightSand}"/>${shapes.join('')}`)
}

/** A row of doorways at dusk, one of them lit: help is there for whoever reaches it. */
export function doorways(): string {
  const doors: string[] = []
  for (let i = 0; i < 6; i++) {
    const x = 150 + i * 230
    const lit = i === 3
    doors.push(
      `<path d="M${x},780 L${x},420 A80,80 0 0 1 ${x + 160},420 L${x + 160},780 Z" fill="${lit ? palette.yellow : palette.deepNavy}"/>`,
      lit ? `<path d="M${x - 40},780 L${x + 200},780 L${x + 320},900 L${x - 160},900 Z" fill="${palette.paleYellow}" opacity="0.55"/>` : '',
    )
  }
  return svg(`
    <rect width="${WIDTH}" height="${HEIGHT}" fill="${palette.navy}"/>
    <rect y="780" width="${WIDTH}" height="120" fill="${palette.slate}"/>
    <rect x="90" y="300" width="1420" height="480" rx="12" fill="${palette.clay}"/>
    ${doors.join('')}`)
}

/** Eleven tiles, each a different mark: the indicators a careful eye learns to notice. */
export function tiles(): string {
  const marks = [
    (x: number, y: number) => `<circle cx="${x}" cy="${y}" r="44" fill="none" stroke="${palette.navy}" stroke-width="12"/>`,
    (x: number, y: number) => `<rect x="${x - 40}" y="${y - 40}" width="80" height="80" rx="10" fill="${palette.navy}"/>`,
    (x: number, y: number) => `<path d="M${x - 50},${y + 40} L${x},${y - 45} L${x + 50},${y + 40} Z" fill="${palette.navy}"/>`,
    (x: number, y: number) => `<path d="M${x - 50},${y} L${x + 50},${y} M${x},${y - 50} L${x},${y + 50}" stroke="${palette.navy}" stroke-width="14" stroke-linecap="round"/>`,
  ]
  const tilesSvg: string[] = []
  for (let i = 0; i < 12; i++) {
    const col = i % 4
    const row = Math.floor(i / 4)
    const x = 260 + col * 360
    const y = 170 + row * 280
    const empty = i === 11
    const mark = marks[i % marks.length]
    tilesSvg.push(
      `<rect x="${x - 140}" y="${y - 110}" width="280" height="220" rx="24" fill="${empty ? 'none' : i === 5 ? palette.yellow : palette.sand}" ${empty ? `stroke="${palette.darkSand}" stroke-width="6" stroke-dasharray="18 14"` : ''}/>`,
      empty || !mark ? '' : mark(x, y),
    )
  }
  return svg(`<rect width="${WIDTH}" height="${HEIGHT}" fill="${palette.lightSand}"/>${tilesSvg.join('')}`)
}

/** A story portrait that shows no one: a lantern-yellow window in a dark wall, with a path leading away. */
export function lanternWindow(): string {
  return svg(`
    <rect width="${WIDTH}" height="${HEIGHT}" fill="${palette.deepNavy}"/>
    <rect x="560" y="180" width="480" height="420" rx="16" fill="${palette.slate}"/>
    <rect x="620" y="240" width="360" height="300" rx="8" fill="${palette.yellow}"/>
    <path d="M800,240 L800,540 M620,390 L980,390" stroke="${palette.slate}" stroke-width="18"/>
    <path d="M700,${HEIGHT} C760,780 860,720 820,600" fill="none" stroke="${palette.paleYellow}" stroke-width="26" stroke-linecap="round" opacity="0.6"/>`)
}

/** A story portrait that shows no one: a single bird-like stroke rising over the sea from a shoreline. */
export function risingShore(): string {
  return svg(`
    <rect width="${WIDTH}" height="${HEIGHT}" fill="${palette.lightSand}"/>
    ${hill(640, 24, 1.2, palette.slate)}
    ${hill(760, 16, 3.4, palette.navy)}
    <circle cx="420" cy="300" r="120" fill="${palette.yellow}"/>
    <path d="M900,360 q70,-70 140,0 q70,-70 140,0" fill="none" stroke="${palette.deepNavy}" stroke-width="16" stroke-linecap="round"/>`)
}
