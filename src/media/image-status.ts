export const IMAGE_STATUSES = ['processing', 'ready', 'failed'] as const;
export type ImageStatus = (typeof IMAGE_STATUSES)[number];

/** A product's photos, a cooperative's logo and its cover photo. */
export const IMAGE_ROLES = ['product', 'logo', 'cover'] as const;
export type ImageRole = (typeof IMAGE_ROLES)[number];
