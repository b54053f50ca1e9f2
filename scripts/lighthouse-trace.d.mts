// Types for scripts/lighthouse-trace.mjs (a plain ES module, so `node scripts/bench-lighthouse.mjs` runs without a build).
export interface TraceEvent {
  name: string;
  ph?: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: Record<string, any>;
}
export type Trace = TraceEvent[] | { traceEvents: TraceEvent[] };
export declare const SHARE_MIN_TASK_MS: number;
export declare function pageMainThread(trace: Trace): { pid: number; tid: number; navigationStart: number } | undefined;
export declare function mainThreadShare(trace: Trace): { share: number; tasks: number; wallMs: number; cpuMs: number } | undefined;
export declare function cpuTimeTrace<T extends Trace>(trace: T): T;
