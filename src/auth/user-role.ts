export const USER_ROLES = ['buyer', 'artisan', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** Roles a person may choose when registering; admins come from the CLI only. */
export const SELF_SERVICE_ROLES = ['buyer', 'artisan'] as const;

export { LOCALES, type Locale } from '../common/i18n/locale';
