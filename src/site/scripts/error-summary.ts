/**
 * Moves focus to a form's error summary when the page loads with one, so screen readers announce
 * it and keyboard users start from the list of what to fix (GOV.UK's pattern). Without this script
 * the summary is still the first thing in the form.
 */
const summary = document.querySelector<HTMLElement>('[data-ab-error-summary]')
if (summary) summary.focus()
