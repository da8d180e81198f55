/**
 * CPU time used by the processes this Node process started (the benchmark's Chromium: browser,
 * GPU process where SwiftShader and ANGLE run, renderer with the page's workers), read from /proc.
 *
 * Why: on a machine shared with other work, wall-clock figures move with the load, while the CPU
 * seconds a batch costs stay nearly put; printed next to sequences/s they show whether a change in
 * speed is the code or the neighbours. Linux only; elsewhere `browserCpuSeconds()` returns null.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS = 100;

function stat(pid) {
  const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the parenthesised command name: state, ppid, …, utime (12th), stime (13th).
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
}

/** Seconds of CPU (user + system) used so far by this process's descendants that are alive, or null off Linux. */
export function browserCpuSeconds() {
  if (!existsSync('/proc/self/stat')) return null;
  const procs = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      procs.set(Number(name), stat(name));
    } catch {
      // The process ended while we looked.
    }
  }
  const mine = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, p] of procs) {
      if (!mine.has(pid) && mine.has(p.ppid)) {
        mine.add(pid);
        grew = true;
      }
    }
  }
  let ticks = 0;
  for (const pid of mine) if (pid !== process.pid) ticks += procs.get(pid)?.ticks ?? 0;
  return ticks / TICKS;
}
