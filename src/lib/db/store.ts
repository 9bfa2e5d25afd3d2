/**
 * The one storage layer. Screens call these methods; they never touch Dexie tables. Every call is
 * guarded (failures become `StorageError`s) and every multi-row change is one transaction.
 *
 * One class per concern, each adding the methods of its tables to the one before it: settings and
 * drafts (settings-store.ts), decks (deck-store.ts), cards and reviews (study-store.ts), quiz
 * attempts (quiz-store.ts), a teacher's tables (teaching-store.ts), the learner's own schedule
 * (schedule-store.ts). Store is the last of them, so every caller holds one object with every
 * method.
 */
import { ScheduleStore } from './schedule-store.ts';

export class Store extends ScheduleStore {}
