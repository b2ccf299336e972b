import { httpGet } from './http-get'

/**
 * Polls until the path answers 200, failing early when the process dies (its exit is the better
 * error message) and with a clear message when the time runs out.
 */
export async function waitUntilServing(options: {
  baseUrl: string
  path: string
  timeoutMs: number
  exited: () => string | undefined
}): Promise<void> {
  const url = `${options.baseUrl}${options.path}`
  const deadline = Date.now() + options.timeoutMs
  let last = 'no answer yet'
  for (;;) {
    const exit = options.exited()
    if (exit) throw new Error(`server exited before it was ready (${exit})`)
    if (Date.now() > deadline) throw new Error(`${url} not ready after ${options.timeoutMs / 1000} s: ${last}`)
    try {
      const response = await httpGet(url, {}, 5000)
      if (response.status === 200) return
      last = `HTTP ${response.status}`
    } catch (error) {
      last = error instanceof Error ? error.message : String(error)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}
