// The Node.js (V8) settings the production server runs with; decision 015 has the measurements.
// `npm start` passes them on its command line (package.json), and the benchmark and the browser
// tests start `dist/server.js` with them, so what they measure is what runs. A unit test checks
// that package.json's start script carries every one of them.

/**
 * --max-semi-space-size=16: the young generation may grow to 2 × 16 MB instead of V8's default
 * 2 × 64 MB on a machine with this much memory. A bigger nursery does not make this server faster
 * (its requests allocate little that lives), but every page of it stays resident: about 100 MB at
 * start, and old-space growth under write load on top (measured with the benchmark's sign-ups).
 * @type {readonly string[]}
 */
export const serverNodeFlags = Object.freeze(['--max-semi-space-size=16'])
