/** The seeded page that explains what the quick exit does not do and how to browse safely. */
export const safetyPagePath = '/get-help/staying-safe-online'
