/**
 * Progressive enhancement for the petition's thank-you page: a "Share…" button that opens the
 * device's own share sheet (Web Share API) and a "Copy link" button. Without JavaScript, or where
 * the browser lacks these APIs, the plain share links and the selectable link remain.
 */
const list = document.querySelector<HTMLElement>('[data-ab-share]')
if (list) {
  const url = list.dataset.abShare ?? ''
  const text = list.dataset.abShareText ?? ''
  const addButton = (label: string | undefined, action: (button: HTMLButtonElement) => Promise<void>) => {
    if (!label) return
    const item = document.createElement('li')
    const button = document.createElement('button')
    button.type = 'button'
    button.className = 'ab-button ab-button--secondary'
    button.textContent = label
    button.addEventListener('click', () => {
      action(button).catch(() => undefined)
    })
    item.append(button)
    list.prepend(item)
  }
  if (navigator.clipboard) {
    addButton(list.dataset.abCopyLabel, async (button) => {
      await navigator.clipboard.writeText(url)
      button.textContent = list.dataset.abCopiedLabel ?? button.textContent
    })
  }
  if (typeof navigator.share === 'function') addButton(list.dataset.abShareLabel, () => navigator.share({ url, text }))
}
