import { createContext, useContext } from 'hono/jsx'
import type { Interest } from '../interests-settings-field'
import type { Wording } from '../consent-wording'

/** What every sign-up form on a page needs: the wording to show, the topics, the signed render time. */
export type SignUpFormData = { wording: Wording; interests: Interest[]; renderStamp: string; /** The page the forms are on, for the ledger. */ pagePath: string }

/** Provided by the layout, so the footer form and a sign-up block share one copy per page. */
export const SignUpFormContext = createContext<SignUpFormData | undefined>(undefined)

export const useSignUpForm = (): SignUpFormData | undefined => useContext(SignUpFormContext)
