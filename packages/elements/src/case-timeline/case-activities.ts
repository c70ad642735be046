import type { ActivityRef } from '@linkki/schema';
import type { CaseProgress } from './case-progress.js';

/**
 * The activities of a case, each once (by catalogue id, else by name), in the order first recorded,
 * and which of them the person joined: the close form offers them all and ticks the joined ones.
 */
export function caseActivities(progress: CaseProgress): { offered: ActivityRef[]; joined: number[] } {
  const offered: ActivityRef[] = [];
  const keys: string[] = [];
  const joined = new Set<number>();
  for (const e of progress.events) {
    if (e.type !== 'activity-tried' && e.type !== 'activity-joined') continue;
    const key = e.activity.activityId ?? e.activity.name;
    let index = keys.indexOf(key);
    if (index < 0) {
      index = keys.push(key) - 1;
      offered.push(e.activity);
    }
    if (e.type === 'activity-joined') {
      joined.add(index);
      offered[index] = e.activity;
    }
  }
  return { offered, joined: [...joined].sort((a, b) => a - b) };
}
