// Loaded only on preview responses inside the admin's live-preview frame. It tells Payload the
// page is ready and reloads when the editor saves, so the preview always shows the latest draft.
const parentWindow = window.parent !== window ? window.parent : (window.opener as Window | null)
if (parentWindow) {
  parentWindow.postMessage({ type: 'payload-live-preview', ready: true }, window.location.origin)
  window.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
    if (event.origin !== window.location.origin) return
    if (event.data?.type === 'payload-document-event') window.location.reload()
  })
}
