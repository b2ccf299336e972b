/** @jsxImportSource hono/jsx */
import { useSite } from '../../../site/views/site-context'
import type { SignUpFormData } from './sign-up-context'
import { SignUpForm } from './SignUpForm'

/** "Sign up for updates" on every page: the address only; topics and name are on /updates. */
export function FooterSignUp({ data }: { data: SignUpFormData }) {
  const { t } = useSite()
  return (
    <section class="ab-footer__signup" aria-labelledby="footer-signup-title">
      <h2 class="ab-footer__signup-title" id="footer-signup-title">
        {t('updates.page.title')}
      </h2>
      <SignUpForm data={data} variant="footer" pagePath={data.pagePath} />
    </section>
  )
}
