import { gunzipSync, gzipSync } from 'node:zlib'
import { headerValue, httpGet } from './http-get'

export type ResourceWeight = {
  kind: 'html' | 'css' | 'js'
  url: string
  rawBytes: number
  /** What the server sends to a browser that accepts gzip; null when it sends it uncompressed. */
  servedGzipBytes: number | null
  /** zlib level 9, as a reference independent of the server's compression settings. */
  gzip9Bytes: number
}

export type PageWeight = {
  path: string
  resources: ResourceWeight[]
  inlineScripts: number
  totalRawBytes: number
  /** Per resource: what the server sends gzipped, or level-9 gzip where it sends raw bytes. */
  totalGzipBytes: number
}

type Attributes = Map<string, string>

function attributesOf(tag: string): Attributes {
  const attributes: Attributes = new Map()
  for (const match of tag.matchAll(/([a-zA-Z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    const name = match[1]
    if (name) attributes.set(name.toLowerCase(), (match[2] ?? match[3] ?? match[4] ?? '').replaceAll('&amp;', '&'))
  }
  return attributes
}

/** The stylesheets and scripts a page makes the browser download. */
export function referencedResources(html: string): { css: string[]; js: string[]; inlineScripts: number } {
  const css: string[] = []
  const js: string[] = []
  let inlineScripts = 0
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const attributes = attributesOf(tag)
    const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/)
    const href = attributes.get('href')
    if (rel.includes('stylesheet') && href) css.push(href)
  }
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attributesOf(tag).get('src')
    if (src) js.push(src)
    else inlineScripts++
  }
  return { css, js, inlineScripts }
}

async function weigh(kind: ResourceWeight['kind'], url: string): Promise<{ weight: ResourceWeight; raw: Buffer }> {
  const response = await httpGet(url, { 'Accept-Encoding': 'gzip' })
  if (response.status !== 200) throw new Error(`page weight: ${url} answered HTTP ${response.status}`)
  const gzipped = headerValue(response, 'content-encoding') === 'gzip'
  const raw = gzipped ? gunzipSync(response.body) : response.body
  const weight: ResourceWeight = {
    kind,
    url,
    rawBytes: raw.length,
    servedGzipBytes: gzipped ? response.body.length : null,
    gzip9Bytes: gzipSync(raw, { level: 9 }).length,
  }
  return { weight, raw }
}

/** The HTML of a page plus every stylesheet and script it references, raw and gzipped. */
export async function measurePageWeight(baseUrl: string, path: string): Promise<PageWeight> {
  const page = await weigh('html', new URL(path, baseUrl).href)
  const html = page.raw.toString('utf8')
  const { css, js, inlineScripts } = referencedResources(html)
  const pageUrl = new URL(path, baseUrl)
  const others = await Promise.all([
    ...css.map((href) => weigh('css', new URL(href, pageUrl).href)),
    ...js.map((src) => weigh('js', new URL(src, pageUrl).href)),
  ])
  const resources = [page.weight, ...others.map((other) => other.weight)]
  return {
    path,
    resources,
    inlineScripts,
    totalRawBytes: resources.reduce((sum, r) => sum + r.rawBytes, 0),
    totalGzipBytes: resources.reduce((sum, r) => sum + (r.servedGzipBytes ?? r.gzip9Bytes), 0),
  }
}
