import { Donations } from './Donations'
import { GiftAidClaims } from './GiftAidClaims'
import { GiftAidDeclarations } from './GiftAidDeclarations'
import { PaymentAlerts } from './PaymentAlerts'
import { RegularGifts } from './RegularGifts'
import { StripeEvents } from './StripeEvents'

/** Donations (issue 7): payments, monthly gifts, Gift Aid declarations and claims, Stripe events seen, alerts of card testing. */
export const donationCollections = [Donations, RegularGifts, GiftAidDeclarations, GiftAidClaims, StripeEvents, PaymentAlerts]
