export const DB_NAME = 'factdeck';
