import type { Payload } from 'payload'
import type { Env } from '../../env'
import type { SiteSetting } from '../../payload-types'
import { issueRenderStamp } from '../../site/forms/form-timing'
import type { LocaleCode } from '../../site/locales'
import { currentWording } from './consent-wording'
import { interestsOf } from './interests-settings-field'
import type { SignUpFormData } from './views/sign-up-context'

export async function signUpFormData(deps: { payload: Payload; env: Env }, locale: LocaleCode, settings: SiteSetting, pagePath: string): Promise<SignUpFormData> {
  return {
    wording: await currentWording(deps.payload, locale),
    interests: interestsOf(settings),
    renderStamp: issueRenderStamp(deps.env.PAYLOAD_SECRET),
    pagePath,
  }
}
