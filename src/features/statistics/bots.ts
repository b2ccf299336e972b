/**
 * Crawlers, link previews, monitors and scripts announce themselves in their user agent; people's
 * browsers do not. The user agent is only looked at here, never stored.
 */
const botPattern =
  /bot\b|bot\/|crawl|spider|slurp|archiver|facebookexternalhit|embedly|preview|headless|phantomjs|lighthouse|pagespeed|pingdom|uptime|monitor|curl\/|wget|python|httpx|aiohttp|go-http-client|java\/|okhttp|node-fetch|undici|axios|libwww|scrapy|feed|rss/i

export function isLikelyBot(userAgent: string | undefined): boolean {
  const agent = (userAgent ?? '').trim()
  // Every browser sends one that starts "Mozilla/" (or "Opera/" on very old ones).
  if (!/^(Mozilla|Opera)\//.test(agent)) return true
  return botPattern.test(agent)
}
