/** Widths served in srcset, each as AVIF and as WebP (the <img> fallback). */
export const responsiveWidths = [480, 960, 1600] as const
