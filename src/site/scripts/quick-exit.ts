// "Exit this page" (GOV.UK pattern), enhanced. Without this script the button is a plain link and
// still leaves. With it: pressing Shift three times, each press within 5 seconds of the last, also
// leaves (any other key starts the count again); the page is hidden behind a plain overlay at once,
// before the next site has even started to load; and the exit replaces this page in the tab's
// history, so Back does not bring it up again (docs/decisions/008-get-help-safely.md).
// A module, so its names stay its own.
export {}

const link = document.querySelector<HTMLAnchorElement>('[data-quick-exit-link]')
const announcer = document.querySelector<HTMLElement>('[data-quick-exit-status]')

const pressWindowMs = 5000
const pressesToExit = 3

if (link) {
  const say = (key: 'pressTwo' | 'pressOne' | 'expired' | 'loading') => {
    if (announcer) announcer.textContent = link.dataset[key] ?? ''
  }

  const exit = () => {
    const overlay = document.createElement('div')
    overlay.className = 'ab-quick-exit-overlay'
    overlay.setAttribute('role', 'alert')
    overlay.textContent = link.dataset.loading ?? ''
    document.body.append(overlay)
    document.documentElement.classList.add('ab-exiting')
    document.title = link.dataset.loading ?? ''
    say('loading')
    window.location.replace(link.href)
  }

  link.addEventListener('click', (event) => {
    // A click meant to open a new tab or window is left to the browser.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    exit()
  })

  let presses = 0
  let lastPressAt = 0
  let expiry: number | undefined
  const reset = () => {
    if (presses > 0) say('expired')
    presses = 0
    window.clearTimeout(expiry)
  }
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Shift') return reset()
      if (event.repeat) return
      const now = Date.now()
      presses = now - lastPressAt <= pressWindowMs ? presses + 1 : 1
      lastPressAt = now
      window.clearTimeout(expiry)
      if (presses >= pressesToExit) {
        presses = 0
        exit()
        return
      }
      say(presses === 1 ? 'pressTwo' : 'pressOne')
      expiry = window.setTimeout(reset, pressWindowMs)
    },
    true,
  )

  // A page restored from the back/forward cache must not stay hidden.
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return
    document.documentElement.classList.remove('ab-exiting')
    document.querySelectorAll('.ab-quick-exit-overlay').forEach((overlay) => overlay.remove())
  })
}
