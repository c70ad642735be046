import { linkSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';

/** Lock files this process holds: its own pid in one is not a leftover of an earlier life. */
const held = new Set<string>();

interface Holder {
  pid: number;
  host: string;
}

function holderOf(file: string): Holder | undefined {
  try {
    const [pid, host = ''] = readFileSync(file, 'utf8').split('\n');
    return { pid: Number(pid), host };
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return undefined;
    throw error;
  }
}

function running({ pid, host }: Holder, file: string): boolean {
  // Another machine's process cannot be asked; only a person can tell that it is gone.
  if (host !== hostname()) return true;
  if (!Number.isInteger(pid) || pid < 1) return false;
  // The same pid after a restart (pid 1 in a container) is this process only if it took the lock.
  if (pid === process.pid) return held.has(file);
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

const busy = (dir: string, file: string, { pid, host }: Holder) =>
  new Error(
    `The data directory ${dir} is in use by process ${pid}${host === hostname() ? '' : ` on ${host}`}: ` +
      `two processes on one PGlite directory lose data. Stop that one first; if it is gone, remove ${file}.`,
  );

/**
 * Takes the data directory for this process, or throws naming the process that has it. The lock
 * file (pid and host) appears whole or not at all (link of a written file); one left by a process
 * that died is taken over. Returns the function that releases it.
 */
export function lockDirectory(dir: string): () => void {
  const file = resolve(join(dir, 'linkki-intake.lock'));
  const draft = `${file}.${process.pid}`;
  writeFileSync(draft, `${process.pid}\n${hostname()}\n`);
  try {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      try {
        linkSync(draft, file);
        held.add(file);
        return () => release(file);
      } catch (error) {
        if ((error as { code?: string }).code !== 'EEXIST') throw error;
      }
      const holder = holderOf(file);
      if (!holder) continue;
      if (running(holder, file)) throw busy(dir, file, holder);
      // Moved aside first: of two processes taking over at once, only one moves the leftover.
      const aside = `${file}.stale.${process.pid}`;
      try {
        renameSync(file, aside);
      } catch (error) {
        if ((error as { code?: string }).code === 'ENOENT') continue;
        throw error;
      }
      const moved = holderOf(aside);
      if (moved && running(moved, file)) {
        // Another process took the lock between our look and the move: give it back.
        renameSync(aside, file);
        throw busy(dir, file, moved);
      }
      rmSync(aside, { force: true });
    }
    throw new Error(`Could not lock the data directory ${dir}: other processes keep taking it.`);
  } finally {
    rmSync(draft, { force: true });
  }
}

function release(file: string) {
  if (!held.delete(file)) return;
  const holder = holderOf(file);
  if (holder?.pid === process.pid && holder.host === hostname()) unlinkSync(file);
}
