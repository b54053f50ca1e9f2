import { z } from 'zod';
import { PARTNER_KINDS, SECTORS } from '../machines/ids';
import { bi, issuesMessage, notJsonIssue, plainIssue, toIssue, type ImportIssue } from './import-messages';
import type { SocialeKaart } from './sociale-kaart';

/**
 * Validation of a sociale kaart (import in settings, and tests). Kept apart from the data module
 * so zod is only loaded where a kaart is imported or checked (dynamic import), never on the first
 * page. Messages are bilingual ("nl / en") and start with the path of the bad field, because an
 * organisation edits the JSON by hand and must find the spot.
 */

/**
 * Bounds of a kaart (issue 13): an imported file is read whole into memory and rendered, so every
 * list and text has a maximum far above a real municipality's kaart (the default has 13 services)
 * but well below what would stall the page. The file itself is refused above MAX_KAART_FILE_BYTES
 * (sociale-kaart.ts) before it is read.
 */
export const KAART_LIMITS = {
  organizations: 500,
  services: 1000,
  contacts: 2000,
  id: 64,
  name: 200,
  text: 2000,
  url: 2000,
  phone: 40,
  email: 254,
} as const;

const tooLong = (max: number) => bi(`hoogstens ${max} tekens`, `at most ${max} characters`);
const tooMany = (max: number) => bi(`hoogstens ${max}`, `at most ${max}`);

const id = z
  .string()
  .max(KAART_LIMITS.id, { error: tooLong(KAART_LIMITS.id) })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: bi('gebruik kleine letters, cijfers en streepjes', 'use lowercase letters, digits and hyphens') });
const bounded = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: bi('mag niet leeg zijn', 'must not be empty') })
    .max(max, { error: tooLong(max) });
const text = bounded(KAART_LIMITS.name);
const longText = bounded(KAART_LIMITS.text);
const isoDate = z.iso.date({ error: bi('verwacht een datum JJJJ-MM-DD', 'expected a date YYYY-MM-DD') });
const url = z
  .url({ protocol: /^https$/, error: bi('verwacht een https-adres', 'expected an https url') })
  .max(KAART_LIMITS.url, { error: tooLong(KAART_LIMITS.url) });

const organizationSchema = z.object({
  id,
  name: text,
  description: longText.optional(),
  url: url.optional(),
});

const serviceSchema = z.object({
  id,
  organizationId: id,
  kind: z.enum(PARTNER_KINDS, {
    error: (issue) =>
      bi(`ongeldige soort ${JSON.stringify(issue.input)}, kies internal of external`, `invalid kind ${JSON.stringify(issue.input)}, use internal or external`),
  }),
  name: text,
  description: longText,
  status: z.enum(['active', 'inactive'], { error: bi('kies active of inactive', 'use active or inactive') }),
  lastConfirmed: isoDate,
  // Issue 14 §6: the sectors a service is offered to (absent: all).
  sectors: z.array(z.enum(SECTORS)).max(SECTORS.length).optional(),
});

const contactSchema = z
  .object({
    id,
    serviceId: id,
    name: text.optional(),
    phone: z
      .string()
      .max(KAART_LIMITS.phone, { error: tooLong(KAART_LIMITS.phone) })
      .regex(/^\+?[0-9][0-9 -]{2,}$/, { error: bi('verwacht een telefoonnummer', 'expected a phone number') })
      .optional(),
    email: z
      .email({ error: bi('verwacht een e-mailadres', 'expected an email address') })
      .max(KAART_LIMITS.email, { error: tooLong(KAART_LIMITS.email) })
      .optional(),
    url: url.optional(),
    instructions: longText.optional(),
  })
  .refine((c) => c.phone || c.email || c.url || c.instructions, {
    error: bi('geef een telefoon, e-mail, url of instructie', 'give a phone, email, url or instructions'),
  });

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((x, i) => ids.indexOf(x) !== i);
}

export const socialeKaartSchema = z
  .object({
    schemaVersion: z.literal(1, { error: bi('verwacht schemaVersion 1', 'expected schemaVersion 1') }),
    name: text,
    lastConfirmed: isoDate,
    organizations: z.array(organizationSchema).max(KAART_LIMITS.organizations, { error: tooMany(KAART_LIMITS.organizations) }),
    services: z
      .array(serviceSchema)
      .min(1, { error: bi('minstens één dienst', 'at least one service') })
      .max(KAART_LIMITS.services, { error: tooMany(KAART_LIMITS.services) }),
    contacts: z.array(contactSchema).max(KAART_LIMITS.contacts, { error: tooMany(KAART_LIMITS.contacts) }),
  })
  .superRefine((kaart, ctx) => {
    const lists = [
      ['organizations', kaart.organizations],
      ['services', kaart.services],
      ['contacts', kaart.contacts],
    ] as const;
    for (const [name, list] of lists) {
      const ids = list.map((x) => x.id);
      for (const dup of new Set(duplicates(ids))) {
        ctx.addIssue({
          code: 'custom',
          path: [name, ids.lastIndexOf(dup), 'id'],
          message: bi(`dubbele id "${dup}"`, `duplicate id "${dup}"`),
        });
      }
    }
    const orgIds = new Set(kaart.organizations.map((o) => o.id));
    kaart.services.forEach((s, i) => {
      if (!orgIds.has(s.organizationId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['services', i, 'organizationId'],
          message: bi(`onbekende organisatie "${s.organizationId}"`, `unknown organization "${s.organizationId}"`),
        });
      }
    });
    const serviceIds = new Set(kaart.services.map((s) => s.id));
    kaart.contacts.forEach((c, i) => {
      if (!serviceIds.has(c.serviceId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['contacts', i, 'serviceId'],
          message: bi(`onbekende dienst "${c.serviceId}"`, `unknown service "${c.serviceId}"`),
        });
      }
    });
  });

// The hand-written type of the data module and the schema must describe the same thing.
type Parsed = z.infer<typeof socialeKaartSchema>;
const _sameShape: [Parsed] extends [SocialeKaart] ? ([SocialeKaart] extends [Parsed] ? true : never) : never = true;
void _sameShape;

export type ParseSocialeKaartResult =
  | { ok: true; kaart: SocialeKaart }
  | {
      ok: false;
      /** What the page says in one sentence: not JSON at all, or a kaart with mistakes. */
      kind: 'not-json' | 'invalid';
      /** Each mistake with its path, in Dutch and English (the folded details). */
      issues: ImportIssue[];
      /** All issues as "path: nl / en", one per line (tests, command line). */
      message: string;
    };

/** Parse and validate a sociale kaart from JSON text (import, and the kaart read back from storage). Never throws. */
export function parseSocialeKaart(textInput: string): ParseSocialeKaartResult {
  let data: unknown;
  try {
    data = JSON.parse(textInput.charCodeAt(0) === 0xfeff ? textInput.slice(1) : textInput);
  } catch {
    const issues = [notJsonIssue()];
    return { ok: false, kind: 'not-json', issues, message: issuesMessage(issues) };
  }
  return checkSocialeKaart(data);
}

/** Validates a kaart that is already a value (the one stored in settings is checked again on reading). */
export function checkSocialeKaart(data: unknown): ParseSocialeKaartResult {
  const result = socialeKaartSchema.safeParse(data, { error: plainIssue });
  if (result.success) return { ok: true, kaart: result.data };
  const issues = result.error.issues.map(toIssue);
  return { ok: false, kind: 'invalid', issues, message: issuesMessage(issues) };
}
