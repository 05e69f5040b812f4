// PGlite has no lock between processes: one process owns a data folder at a time.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { EscaladeError } from '../errors.js';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Lock files this process holds: a second open of the same folder in one process is refused too. */
const heldHere = new Set<string>();

/** Takes the folder's lock file, or throws naming the process that holds it. Returns the release function. */
export function lockDataFolder(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'escalade.lock');
  if (heldHere.has(path)) throw new EscaladeError(`the store ${dir} is already open in this process`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      heldHere.add(path);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        heldHere.delete(path);
        rmSync(path, { force: true });
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readFileSync(path, 'utf8'), 10);
      if (Number.isFinite(holder) && holder !== process.pid && isAlive(holder)) {
        throw new EscaladeError(`the store ${dir} is in use by process ${holder}; stop it or use another --data folder`);
      }
      rmSync(path, { force: true }); // stale lock left by a process that died
    }
  }
  throw new EscaladeError(`could not lock the store ${dir}`);
}
