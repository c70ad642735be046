export { configFromEnv, type IntakeConfig } from './config.js';
export { openDatabase, type Database, type DatabaseLocation } from './database.js';
export { createIntake, type Intake, type IntakeOptions } from './app.js';
export { IntakeStore, type ListedReferral, type ListQuery, type StoredReferral, type SaveResult } from './store.js';
