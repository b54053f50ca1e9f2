/**
 * Reading a Lighthouse trace for `scripts/bench-lighthouse.mjs` (pure functions, unit-tested in
 * lighthouse-trace.test.ts).
 *
 * Why: Lighthouse's simulated throttling takes each main-thread task's wall time from the trace and
 * multiplies it by its CPU factor (4×), a factor calibrated on desktops where a task's wall time is its
 * CPU time. On this 2-core host the page's main thread shares the cores with its own background compile
 * and GC threads, the browser process and the GPU process's software compositor: in a quiet-host trace
 * of `#/gids` the main thread had the CPU for only ~40% of its long tasks' wall time, while a page doing
 * pure computation under the same Lighthouse run had it for 80–100% (docs/decisions.md, Performance).
 * `mainThreadShare` measures that per load; `cpuTimeTrace` gives each task its CPU time.
 */

/** Main-thread tasks shorter than this hardly move TBT or LCP; they are left out of the share. */
export const SHARE_MIN_TASK_MS = 10;

/**
 * The page's renderer main thread: the thread with the `navigationStart` of an http(s) document in
 * the outermost main frame (Lighthouse first loads about:blank, in another or the same process).
 */
export function pageMainThread(trace) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const nav = events.find(
    (e) =>
      e.name === 'navigationStart' &&
      e.args?.data?.isOutermostMainFrame !== false &&
      /^https?:/.test(e.args?.data?.documentLoaderURL ?? ''),
  );
  if (!nav) return undefined;
  return { pid: nav.pid, tid: nav.tid, navigationStart: nav.ts };
}

/**
 * How much of its long tasks' wall time the page's main thread had a CPU: Σ CPU time / Σ wall time of
 * its tasks of at least SHARE_MIN_TASK_MS from navigationStart on (1 = never waited for a core).
 */
export function mainThreadShare(trace) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const main = pageMainThread(events);
  if (!main) return undefined;
  let wall = 0;
  let cpu = 0;
  let tasks = 0;
  for (const e of events) {
    if (e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || e.name !== 'RunTask') continue;
    if (e.ts < main.navigationStart || e.tdur === undefined || e.dur < SHARE_MIN_TASK_MS * 1000) continue;
    wall += e.dur;
    cpu += Math.min(e.tdur, e.dur);
    tasks++;
  }
  if (!tasks) return undefined;
  return { share: cpu / wall, tasks, wallMs: wall / 1000, cpuMs: cpu / 1000 };
}

/**
 * A trace in which every task of every thread lasts the CPU time its thread used (`tdur`), not the
 * wall time (`dur`); events inside a task are scaled with it, the gaps between tasks stay. Mutates and
 * returns the trace. Used as the host-calibrated row when the host is too busy to judge (see above).
 */
export function cpuTimeTrace(trace) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const byThread = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push(e);
  }
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts);
    const tasks = list.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.tdur !== undefined && e.dur > 0);
    let i = 0;
    for (const task of tasks) {
      const start = task.ts;
      const end = task.ts + task.dur;
      const ratio = Math.min(1, task.tdur / task.dur);
      while (i < list.length && list[i].ts < start) i++;
      // Nested tasks belong to the outer one (scaled once); the outer one is scaled last.
      for (let j = i; j < list.length && list[j].ts < end; j++) {
        const e = list[j];
        if (e === task) continue;
        if (e.ts >= start) e.ts = start + (e.ts - start) * ratio;
        if (e.dur !== undefined) e.dur *= ratio;
      }
      task.dur *= ratio;
    }
  }
  return trace;
}
