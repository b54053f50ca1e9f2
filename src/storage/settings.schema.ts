/**
 * Validation of an imported settings file (settingsToFileText in settings.ts). Imports zod and the
 * sociale kaart schema: load with dynamic import() from the settings page only. Messages are
 * bilingual ("nl / en") and start with the path of the field, like the sociale kaart's.
 */
import { z } from 'zod';
import { bi, issuesMessage, notJsonIssue, plainIssue, toIssue, type ImportIssue } from '../../content/import-messages';
import { socialeKaartSchema } from '../../content/sociale-kaart.schema';
import { SLUG } from './cells';
import {
  DEFAULT_IDLE_LOCK_MINUTES,
  MAX_DRAFT_EXPIRY_DAYS,
  MAX_IDLE_LOCK_MINUTES,
  MAX_SCHOOLS_IN_SETTINGS,
  MAX_SUPPRESSION_THRESHOLD,
  MIN_SUPPRESSION_THRESHOLD,
  SETTINGS_FILE_FORMAT,
  type Settings,
} from './settings';

const school = z
  .object({
    id: z.string().regex(SLUG, { error: bi('gebruik kleine letters, cijfers en streepjes', 'use lowercase letters, digits and hyphens') }),
    name: z.string().trim().min(1, { error: bi('mag niet leeg zijn', 'must not be empty') }).max(200, { error: bi('hoogstens 200 tekens', 'at most 200 characters') }),
    type: z.enum(['po', 'vo'], { error: bi('kies po of vo', 'use po or vo') }),
  })
  .strict();

export const settingsFileSchema = z
  .object({
    format: z.literal(SETTINGS_FILE_FORMAT, { error: bi(`verwacht "${SETTINGS_FILE_FORMAT}"`, `expected "${SETTINGS_FILE_FORMAT}"`) }),
    version: z.literal(1, { error: bi('verwacht versie 1', 'expected version 1') }),
    organisation: z.string().max(200, { error: bi('hoogstens 200 tekens', 'at most 200 characters') }),
    schools: z
      .array(school)
      .max(MAX_SCHOOLS_IN_SETTINGS)
      .superRefine((schools, ctx) => {
      const seen = new Set<string>();
      schools.forEach((s, i) => {
        if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: bi(`dubbele id "${s.id}"`, `duplicate id "${s.id}"`) });
        seen.add(s.id);
      });
    }),
    socialeKaart: socialeKaartSchema.optional(),
    suppressionThreshold: z
      .int()
      .min(MIN_SUPPRESSION_THRESHOLD, { error: bi(`minstens ${MIN_SUPPRESSION_THRESHOLD}`, `at least ${MIN_SUPPRESSION_THRESHOLD}`) })
      .max(MAX_SUPPRESSION_THRESHOLD),
    draftExpiryDays: z.int().min(1).max(MAX_DRAFT_EXPIRY_DAYS),
    // Optional: files written before the idle lock existed still import (the default applies).
    idleLockMinutes: z.int().min(1).max(MAX_IDLE_LOCK_MINUTES).optional(),
  })
  .strict();

export type ParseSettingsResult =
  | { ok: true; settings: Settings }
  | {
      ok: false;
      /** not-json: no JSON at all; not-settings: JSON but not a Zorgroute settings file; invalid: one with mistakes. */
      kind: 'not-json' | 'not-settings' | 'invalid';
      issues: ImportIssue[];
      /** All issues as "path: nl / en", one per line (tests, command line). */
      message: string;
    };

/** Parses and validates a settings file. Never throws; store the result with store.setSettings. */
export function parseSettingsFile(text: string): ParseSettingsResult {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    const issues = [notJsonIssue()];
    return { ok: false, kind: 'not-json', issues, message: issuesMessage(issues) };
  }
  const result = settingsFileSchema.safeParse(data, { error: plainIssue });
  if (!result.success) {
    const issues = result.error.issues.map(toIssue);
    const isSettings = typeof data === 'object' && data !== null && (data as { format?: unknown }).format === SETTINGS_FILE_FORMAT;
    return { ok: false, kind: isSettings ? 'invalid' : 'not-settings', issues, message: issuesMessage(issues) };
  }
  const { format: _f, version: _v, idleLockMinutes, ...rest } = result.data;
  void _f;
  void _v;
  return { ok: true, settings: { ...rest, idleLockMinutes: idleLockMinutes ?? DEFAULT_IDLE_LOCK_MINUTES } };
}
