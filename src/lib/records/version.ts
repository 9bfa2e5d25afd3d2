export const DB_NAME = 'factdeck';

/**
 * The newest Dexie version in schema.ts. Backups record it; kept here, apart from Dexie, so the
 * backup domain can read it without loading Dexie.
 */
export const DB_SCHEMA_VERSION = 3;
