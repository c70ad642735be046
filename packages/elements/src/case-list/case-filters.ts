import type { CaseSummary } from '@linkki/schema';

/** What the filter form holds; an empty string means "all". */
export interface CaseFilters {
  /** `new`, `link-worker`, `direct`, or `closed` (any ending reason). */
  status: '' | 'new' | 'link-worker' | 'direct' | 'closed';
  assigned: '' | 'yes' | 'no';
  /** `due`: a follow-up is still to do; `overdue`: its date has passed. */
  followUp: '' | 'due' | 'overdue';
  /** A municipality code. */
  municipality: string;
  /** Part of a reference, any case (`000123`, `lnk-2026`). */
  reference: string;
}

export const NO_FILTERS: CaseFilters = { status: '', assigned: '', followUp: '', municipality: '', reference: '' };

export const isFiltered = (filters: CaseFilters) => Object.values(filters).some((value) => value.trim() !== '');

/** The status group a row is in, as the status filter offers them. */
export function statusGroup(status: CaseSummary['status']): Exclude<CaseFilters['status'], ''> {
  return status === 'new' || status === 'link-worker' || status === 'direct' ? status : 'closed';
}

/** A follow-up whose date has passed (`today`, an ISO date); due today is not late yet. */
export const followUpLate = (row: CaseSummary, today: string) => row.followUpDue !== null && row.followUpDue < today;

/** Waiting to be routed for longer than `limit` days. */
export const waitingTooLong = (row: CaseSummary, limit: number) => row.status === 'new' && row.closedAt === null && row.waitingDays > limit;

/** Whether a row passes every filter. */
export function matches(row: CaseSummary, filters: CaseFilters, today: string): boolean {
  const search = filters.reference.trim().toUpperCase();
  return (
    (!filters.status || statusGroup(row.status) === filters.status) &&
    (!filters.assigned || (filters.assigned === 'yes') === (row.assignedTo !== null)) &&
    (!filters.followUp || (row.followUpDue !== null && (filters.followUp === 'due' || followUpLate(row, today)))) &&
    (!filters.municipality || row.municipality === filters.municipality) &&
    (!search || row.reference.toUpperCase().includes(search))
  );
}
