/** Public tracking pages of carriers that ship from Morocco, keyed by a normalised carrier name. */
const TRACKING_PAGES: { match: RegExp; url: (n: string) => string }[] = [
  { match: /^dhl/, url: (n) => `https://www.dhl.com/global-en/home/tracking.html?tracking-id=${n}` },
  { match: /^ups/, url: (n) => `https://www.ups.com/track?tracknum=${n}` },
  { match: /^fedex/, url: (n) => `https://www.fedex.com/fedextrack/?trknbr=${n}` },
  { match: /^aramex/, url: (n) => `https://www.aramex.com/track/results?ShipmentNumber=${n}` },
  { match: /^(amana|poste ?maroc|barid)/, url: (n) => `https://www.poste.ma/suivi?code=${n}` },
];

/** The carrier's tracking page for a parcel, or undefined for a carrier we do not know. */
export function trackingUrl(carrier: string, trackingNumber: string): string | undefined {
  const name = carrier.trim().toLowerCase();
  const page = TRACKING_PAGES.find((p) => p.match.test(name));
  return page ? page.url(encodeURIComponent(trackingNumber.trim())) : undefined;
}
