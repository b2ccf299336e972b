// The Node.js (V8) settings the production server runs with; decision 015 has the measurements.
// `npm start` passes them on its command line (package.json), and the benchmark and the browser
// tests start `dist/server.js` with them, so what they measure is what runs. A unit test checks
// that package.json's start script carries every one of them.

/**
 * --max-semi-space-size=16: semi-spaces of 16 MiB, where V8 chose 64 MiB on the 24 GB machine the
 * benchmark runs on (its new space reached 128 MB). A bigger nursery did not make this server
 * faster, but every page of it stays resident: about 100 MB at start, and more old-space growth
 * under write load on top (measured with the benchmark's sign-ups).
 * @type {readonly string[]}
 */
export const serverNodeFlags = Object.freeze(['--max-semi-space-size=16'])
