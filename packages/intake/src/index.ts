export { configFromEnv, type IntakeConfig, type OidcConfig } from './config.js';
export { openDatabase, type Database, type DatabaseLocation } from './database.js';
export { createIntake, type Intake, type IntakeOptions } from './app.js';
export { IntakeStore, type ListedReferral, type ListQuery, type StoredReferral, type SaveResult } from './store.js';
export { StaffStore, ROLES, type NewStaff, type Principal, type Role, type Staff } from './staff.js';
export { Authenticator, CACHE_MS } from './auth.js';
export { EVERYTHING, scopeOf, type AuditRow, type Scope } from './store.js';
