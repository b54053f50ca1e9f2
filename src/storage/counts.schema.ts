/**
 * The zod schema of the counts file, version 1: the source of docs/counts.schema.json
 * (scripts/gen-counts-schema.ts). Imports zod, so load it lazily or in tests and scripts only.
 * Importing uses the equivalent fast checks of counts.ts; counts.schema.test.ts proves they agree.
 */
import { z } from 'zod';
import { ACTIVITIES, CONTACTS, FLAGS, PARTNER_KINDS, THEMES, VIAS } from '../../machines/ids';
import { COUNTED_ROUTES } from '../../machines/onderling.ids';
import { MONTH, ROW, SLUG, SLUG_SOURCE } from './cells';
import { COUNTS_FORMAT, COUNTS_VERSION, INSTALLATION_ID, MAX_COUNT, MAX_SCHOOLS, type CountsFile } from './counts-file';

const alt = (values: readonly string[]) => `(?:${values.map((v) => v.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|')})`;

/** Every column id of this version (partner ids are slugs from the organisation's sociale kaart). */
export const COLUMN_PATTERN = new RegExp(
  '^(?:' +
    [
      'registratie\\|n',
      `contact\\|${alt(CONTACTS)}`,
      `via\\|${alt(VIAS)}`,
      `contact-via\\|${alt(CONTACTS)}\\.${alt(VIAS)}`,
      `activiteit\\|${alt(ACTIVITIES)}`,
      `thema\\|${alt(THEMES)}`,
      `route\\|${alt(COUNTED_ROUTES)}`,
      `verwijzing\\|${alt(PARTNER_KINDS)}\\.${SLUG_SOURCE}`,
      `vlag\\|${alt(FLAGS)}`,
    ].join('|') +
    ')$',
);

export const countsFileSchema = z
  .object({
    format: z.literal(COUNTS_FORMAT),
    version: z.literal(COUNTS_VERSION),
    contentVersion: z.string().min(1).max(40).describe('Content version (questions, routes) the counts were made with.'),
    exportedAt: z
      .string()
      .regex(MONTH)
      .describe('Month the file was made (YYYY-MM); nothing finer is ever stored.'),
    schools: z
      .array(
        z
          .object({
            id: z.string().regex(SLUG),
            name: z.string().min(1).max(200).optional(),
            type: z.enum(['po', 'vo']),
          })
          .strict(),
      )
      .max(MAX_SCHOOLS)
      .describe('The schools the rows refer to; ids are unique.'),
    columns: z
      .array(z.string().regex(COLUMN_PATTERN))
      .max(10_000)
      .describe("Column ids 'dimension|value' (unique); each row array is indexed by these."),
    installations: z
      .record(
        z.string().regex(INSTALLATION_ID),
        z.record(
          z.string().regex(ROW),
          z.array(z.int().min(0).max(MAX_COUNT)).describe('One count per column, as many as columns.'),
        ),
      )
      .describe(
        'Grow-only counters: installation id → row (YYYY-MM|schoolId) → counts by column. Merging takes the larger count per installation and cell; totals sum over installations.',
      ),
  })
  .strict()
  // Rules JSON Schema cannot say; they are in the descriptions above and checked here.
  .superRefine((file, ctx) => {
    const ids = new Set<string>();
    file.schools.forEach((s, i) => {
      if (ids.has(s.id)) ctx.addIssue({ code: 'custom', path: ['schools', i, 'id'], message: `school id "${s.id}" occurs twice` });
      ids.add(s.id);
    });
    if (new Set(file.columns).size !== file.columns.length) ctx.addIssue({ code: 'custom', path: ['columns'], message: 'a column occurs twice' });
    for (const [id, rows] of Object.entries(file.installations))
      for (const [row, counts] of Object.entries(rows))
        if (counts.length !== file.columns.length)
          ctx.addIssue({ code: 'custom', path: ['installations', id, row], message: 'expected one count per column' });
  })
  .meta({
    title: 'Zorgroute counts file',
    description:
      'Anonymous counters of the verantwoording (MELDCODE.md §6): categories per month and school only, never a case id, name, free text or date finer than the month.',
  });

// The schema and the TypeScript type must describe the same thing.
type Parsed = z.infer<typeof countsFileSchema>;
const _toType = (p: Parsed): CountsFile => p;
const _fromType = (f: CountsFile): Parsed => f;
void _toType;
void _fromType;

/** The JSON Schema (draft 2020-12) published as docs/counts.schema.json. */
export function countsJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(countsFileSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
