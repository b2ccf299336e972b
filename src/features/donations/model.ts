/** The words the donation collections and the code share, so a typo is a type error. */
export const frequencies = ['one-off', 'monthly'] as const
export type Frequency = (typeof frequencies)[number]

/**
 * pending: sent to Checkout, not paid yet; processing: paid by a method that settles later (Bacs,
 * bank transfer); paid; failed; refunded: all of it returned (a partial refund keeps `paid` and
 * records `refundedPence`).
 */
export const donationStatuses = ['pending', 'processing', 'paid', 'failed', 'refunded'] as const
export type DonationStatus = (typeof donationStatuses)[number]

/** pending: at Checkout; active: Stripe is collecting each month; cancelled: ended by the donor or staff. */
export const regularGiftStatuses = ['pending', 'active', 'cancelled'] as const
export type RegularGiftStatus = (typeof regularGiftStatuses)[number]

export const declarationScopes = ['single', 'enduring'] as const
export type DeclarationScope = (typeof declarationScopes)[number]
