// The ceiling: the cheapest Node can answer with the explainer's bytes. No framework, no routing,
// headers limited to what the body needs. Runs as its own process (Node strips the types itself,
// so no loader sits in it) and gets its page through the environment the benchmark sets.
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'

const body = readFileSync(process.env.BARE_BODY_FILE ?? '')
const headers = {
  'Content-Type': process.env.BARE_CONTENT_TYPE ?? 'text/html; charset=utf-8',
  'Content-Length': String(body.length),
}

const server = createServer((_req, res) => {
  res.writeHead(200, headers)
  res.end(body)
})
// Same keep-alive as the real server, so both keep their connections for the whole run.
server.keepAliveTimeout = 65_000
server.listen(Number(process.env.BARE_PORT), '127.0.0.1')
process.once('SIGTERM', () => server.close(() => process.exit(0)))
