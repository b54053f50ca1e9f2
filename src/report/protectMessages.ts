/**
 * What the page and the suppression Worker (protect.worker.ts) say to each other, and the Worker's
 * answer as a pure function (unit-tested without a Worker). Plain data both ways (structured clone):
 * tables of counts with category names, a threshold and the registrations per group.
 */
import { protectSections, type ProtectedSection } from './protect';
import type { GroupKey, Section } from './tables';

export interface ProtectRequest {
  id: number;
  sections: Section[];
  threshold: number;
  groups: Record<GroupKey, number>;
}

export type ProtectAnswer = { id: number; ok: true; sections: ProtectedSection[] } | { id: number; ok: false; error: string };

export function answerProtect({ id, sections, threshold, groups }: ProtectRequest): ProtectAnswer {
  try {
    return { id, ok: true, sections: protectSections(sections, threshold, groups) };
  } catch (error) {
    return { id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
