/** @jsxImportSource hono/jsx */
export const NotFound = () => (
  <div class="ab-article">
    <h1 class="ab-hero__title">Page not found</h1>
    <p>If you typed the address, check it is correct. If you followed a link, the page may have moved.</p>
    <p>
      <a href="/">Go to the home page</a> or <a href="/get-help">find out how to get help</a>.
    </p>
  </div>
)
