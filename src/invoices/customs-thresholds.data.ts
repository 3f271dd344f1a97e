/**
 * Thresholds of the documents a parcel needs (docs/domain.md, trade terms and customs documents). The SDR rate is
 * data rather than an admin setting because the UPU limit moves little: 1 SDR was about 13.4 MAD in
 * 2026 (IMF rates); update it here when it drifts, and the CN22/CN23 choice follows.
 */
export const CUSTOMS_THRESHOLDS = {
  /** Postal parcels: CN22 up to this value in SDR, CN23 above. */
  cn22MaxSdr: 300,
  /** MAD per SDR, a decimal string like exchange rates. */
  madPerSdr: '13.4',
  /** EU destinations: an origin declaration on the invoice up to this value in EUR, a EUR.1 certificate above. */
  originDeclarationMaxEur: 6000,
} as const;
