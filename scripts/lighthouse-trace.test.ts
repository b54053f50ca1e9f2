import { describe, expect, it } from 'vitest';
import { cpuTimeTrace, mainThreadShare, pageMainThread, type TraceEvent } from './lighthouse-trace.mjs';

const PAGE = { pid: 20, tid: 20 };
const nav = (pid: number, url: string, ts: number): TraceEvent => ({
  name: 'navigationStart',
  ph: 'R',
  pid,
  tid: pid,
  ts,
  args: { data: { documentLoaderURL: url, isLoadingMainFrame: true, isOutermostMainFrame: true } },
});
const task = (at: { pid: number; tid: number }, ts: number, durMs: number, cpuMs: number): TraceEvent => ({
  name: 'RunTask',
  ph: 'X',
  ...at,
  ts,
  dur: durMs * 1000,
  tdur: cpuMs * 1000,
});

describe('the page main thread in a Lighthouse trace', () => {
  it('is the thread that navigated to the http document, not about:blank', () => {
    const events = [nav(10, '', 0), nav(PAGE.pid, 'http://localhost:4173/#/gids', 5_000)];
    expect(pageMainThread(events)).toEqual({ ...PAGE, navigationStart: 5_000 });
    expect(pageMainThread([nav(10, '', 0)])).toBeUndefined();
  });
});

describe('mainThreadShare', () => {
  it('is the CPU time of the long tasks over their wall time', () => {
    const events = [
      nav(PAGE.pid, 'http://localhost/', 0),
      task(PAGE, 1_000, 100, 40), // waited 60 ms for a core
      task(PAGE, 200_000, 50, 50),
    ];
    const result = mainThreadShare({ traceEvents: events })!;
    expect(result.tasks).toBe(2);
    expect(result.share).toBeCloseTo(90 / 150);
    expect(result.wallMs).toBeCloseTo(150);
  });

  it('leaves out short tasks, tasks before the navigation, and other threads and processes', () => {
    const events = [
      nav(PAGE.pid, 'http://localhost/', 100_000),
      task(PAGE, 0, 80, 10), // about:blank's time
      task(PAGE, 150_000, 5, 1), // too short to move TBT or LCP
      task({ pid: PAGE.pid, tid: 21 }, 150_000, 80, 10), // the compositor thread
      task({ pid: 30, tid: 30 }, 150_000, 80, 10), // the browser process
      task(PAGE, 300_000, 20, 20),
    ];
    expect(mainThreadShare(events)).toEqual({ share: 1, tasks: 1, wallMs: 20, cpuMs: 20 });
  });

  it('says nothing without a page navigation or long tasks', () => {
    expect(mainThreadShare([task(PAGE, 0, 80, 10)])).toBeUndefined();
    expect(mainThreadShare([nav(PAGE.pid, 'http://localhost/', 0), task(PAGE, 10, 5, 5)])).toBeUndefined();
  });
});

describe('cpuTimeTrace', () => {
  it('shortens each task to its CPU time and scales the events inside it, leaving the gaps', () => {
    const outer = task(PAGE, 1_000, 100, 25);
    const inner: TraceEvent = { name: 'v8.evaluateModule', ph: 'X', ...PAGE, ts: 41_000, dur: 40_000 };
    const next = task(PAGE, 500_000, 60, 60);
    const events = [outer, inner, next];
    cpuTimeTrace(events);
    expect(outer.dur).toBe(25_000);
    expect(inner.ts).toBe(1_000 + 40_000 * 0.25);
    expect(inner.dur).toBe(10_000);
    // A task that never waited keeps its length and place.
    expect(next).toMatchObject({ ts: 500_000, dur: 60_000 });
  });

  it('never lengthens a task whose CPU time exceeds its wall time (other threads of the task)', () => {
    const t = task(PAGE, 0, 10, 12);
    cpuTimeTrace([t]);
    expect(t.dur).toBe(10_000);
  });
});
