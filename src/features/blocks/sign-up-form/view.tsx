/** @jsxImportSource hono/jsx */
import type { SignUpFormBlock } from '../../../payload-types'
import { useSite } from '../../../site/views/site-context'
import { useSignUpForm } from '../../updates/views/sign-up-context'
import { SignUpForm } from '../../updates/views/SignUpForm'

export function SignUpFormView({ block }: { block: SignUpFormBlock }) {
  const { t, href } = useSite()
  const data = useSignUpForm()
  return (
    <section class="ab-section ab-signup-block" aria-labelledby={`signup-${block.id ?? 'block'}`}>
      <h2 id={`signup-${block.id ?? 'block'}`}>{block.heading || t('updates.page.title')}</h2>
      {block.text ? <p>{block.text}</p> : null}
      {data ? (
        <SignUpForm data={data} variant="block" pagePath={data.pagePath} />
      ) : (
        <p>
          <a class="ab-button" href={href('/updates')}>
            {t('layout.signUp')}
          </a>
        </p>
      )}
    </section>
  )
}
