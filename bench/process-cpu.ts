/**
 * CPU time of a browser and its child processes, by process type and thread (Linux /proc), so a
 * Chromium bench can say which side of IndexedDB the time went to: the browser process's thread
 * pool (where Chromium's IndexedDB backend reads its database), the renderer's main thread
 * (`CrRendererMain`, shown by Debian's build as the process name), its IPC thread, blob transfer.
 * On this shared 2-core machine wall time stretches with the load; CPU time is what the work cost.
 * Undefined where /proc is missing (not Linux).
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ; 100 on Linux). */
const TICK_MS = 10;

export type CpuSnapshot = Map<string, number>;

function processKinds(): { children: Map<number, number[]>; kind: Map<number, string> } {
  const children = new Map<number, number[]>();
  const kind = new Map<number, string>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8');
      const type = /--type=([a-z-]+)/.exec(cmd)?.[1] ?? 'browser';
      const sub = /--utility-sub-type=([\w.]+)/.exec(cmd)?.[1];
      kind.set(Number(d), sub ? `${type}:${sub.split('.').at(-1)}` : type);
    } catch {
      // The process ended while we looked.
    }
  }
  return { children, kind };
}

/** CPU ms so far of every thread under `rootPid`, keyed `processType/threadName` (thread names
 * are cut to 15 characters by the kernel; trailing numbers dropped so pool threads add up). */
export function cpuSnapshot(rootPid: number): CpuSnapshot | undefined {
  let tree: ReturnType<typeof processKinds>;
  try {
    tree = processKinds();
  } catch {
    return undefined;
  }
  const out: CpuSnapshot = new Map();
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    stack.push(...(tree.children.get(pid) ?? []));
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const t of tasks) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${t}/stat`, 'utf8');
        const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replace(/\d+$/, '');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        // Fields 14 and 15 of stat (utime, stime) are 11 and 12 after the state field.
        const ms = (Number(fields[11]) + Number(fields[12])) * TICK_MS;
        const key = `${tree.kind.get(pid) ?? '?'}/${comm}`;
        out.set(key, (out.get(key) ?? 0) + ms);
      } catch {
        // The thread ended while we looked.
      }
    }
  }
  return out;
}

export interface CpuSpent {
  total: number;
  /** Per `processType/threadName`, largest first, those of at least `minMs`. */
  threads: [string, number][];
}

export function cpuSpent(before: CpuSnapshot | undefined, after: CpuSnapshot | undefined, minMs = 50): CpuSpent | undefined {
  if (!before || !after) return undefined;
  const threads: [string, number][] = [];
  let total = 0;
  for (const [key, ms] of after) {
    const d = ms - (before.get(key) ?? 0);
    total += d;
    if (d >= minMs) threads.push([key, d]);
  }
  threads.sort((a, b) => b[1] - a[1]);
  return { total, threads };
}

/** `CPU 12,000 ms (browser/ThreadPoolForeg 5,900, renderer/chromium 3,900, ...)`. */
export function formatCpu(spent: CpuSpent | undefined, top = 4): string {
  if (!spent) return 'CPU not measured';
  const n = (x: number) => Math.round(x).toLocaleString('en');
  return `CPU ${n(spent.total)} ms (${spent.threads.slice(0, top).map(([k, ms]) => `${k} ${n(ms)}`).join(', ')})`;
}

/**
 * Waits until the processes under `rootPid` are idle: under `idleMs` of CPU in each of `windows`
 * one-second windows in a row, or `maxMs` in all. Chromium's IndexedDB (LevelDB) compacts the
 * files a large fill wrote in the background for a while after the writes end, and a read during
 * that costs up to twice the CPU (bench/export-probe.ts: 100,000 rows read right after the fill
 * against the same read minutes later). Returns the time waited.
 */
export async function waitUntilIdle(rootPid: number, { idleMs = 50, windows = 3, maxMs = 120_000 } = {}): Promise<number> {
  const start = performance.now();
  let quiet = 0;
  let last = cpuSnapshot(rootPid);
  if (!last) return 0;
  while (quiet < windows && performance.now() - start < maxMs) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = cpuSnapshot(rootPid);
    const spent = cpuSpent(last, now, 0);
    last = now;
    quiet = spent && spent.total < idleMs ? quiet + 1 : 0;
  }
  return performance.now() - start;
}
