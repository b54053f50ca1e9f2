import { z } from 'zod';
import { PARTNER_KINDS } from '../machines/ids';
import type { SocialeKaart } from './sociale-kaart';

/**
 * Validation of a sociale kaart (import in settings, and tests). Kept apart from the data module
 * so zod is only loaded where a kaart is imported or checked (dynamic import), never on the first
 * page. Messages are bilingual ("nl / en") and start with the path of the bad field, because an
 * organisation edits the JSON by hand and must find the spot.
 */

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'gebruik kleine letters, cijfers en streepjes / use lowercase letters, digits and hyphens' });
const text = z.string().trim().min(1, { error: 'mag niet leeg zijn / must not be empty' });
const isoDate = z.iso.date({ error: 'verwacht een datum JJJJ-MM-DD / expected a date YYYY-MM-DD' });
const url = z.url({ protocol: /^https?$/, error: 'verwacht een http(s)-adres / expected an http(s) url' });

const organizationSchema = z.object({
  id,
  name: text,
  description: text.optional(),
  url: url.optional(),
});

const serviceSchema = z.object({
  id,
  organizationId: id,
  kind: z.enum(PARTNER_KINDS, {
    error: (issue) =>
      `ongeldige soort ${JSON.stringify(issue.input)}, kies internal of external / invalid kind ${JSON.stringify(issue.input)}, use internal or external`,
  }),
  name: text,
  description: text,
  status: z.enum(['active', 'inactive'], { error: 'kies active of inactive / use active or inactive' }),
  lastConfirmed: isoDate,
});

const contactSchema = z
  .object({
    id,
    serviceId: id,
    name: text.optional(),
    phone: z
      .string()
      .regex(/^\+?[0-9][0-9 -]{2,}$/, { error: 'verwacht een telefoonnummer / expected a phone number' })
      .optional(),
    email: z.email({ error: 'verwacht een e-mailadres / expected an email address' }).optional(),
    url: url.optional(),
    instructions: text.optional(),
  })
  .refine((c) => c.phone || c.email || c.url || c.instructions, {
    error: 'geef een telefoon, e-mail, url of instructie / give a phone, email, url or instructions',
  });

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((x, i) => ids.indexOf(x) !== i);
}

export const socialeKaartSchema = z
  .object({
    schemaVersion: z.literal(1, { error: 'verwacht schemaVersion 1 / expected schemaVersion 1' }),
    name: text,
    lastConfirmed: isoDate,
    organizations: z.array(organizationSchema),
    services: z.array(serviceSchema).min(1, { error: 'minstens één dienst / at least one service' }),
    contacts: z.array(contactSchema),
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
          message: `dubbele id "${dup}" / duplicate id "${dup}"`,
        });
      }
    }
    const orgIds = new Set(kaart.organizations.map((o) => o.id));
    kaart.services.forEach((s, i) => {
      if (!orgIds.has(s.organizationId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['services', i, 'organizationId'],
          message: `onbekende organisatie "${s.organizationId}" / unknown organization "${s.organizationId}"`,
        });
      }
    });
    const serviceIds = new Set(kaart.services.map((s) => s.id));
    kaart.contacts.forEach((c, i) => {
      if (!serviceIds.has(c.serviceId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['contacts', i, 'serviceId'],
          message: `onbekende dienst "${c.serviceId}" / unknown service "${c.serviceId}"`,
        });
      }
    });
  });

// The hand-written type of the data module and the schema must describe the same thing.
type Parsed = z.infer<typeof socialeKaartSchema>;
const _sameShape: [Parsed] extends [SocialeKaart] ? ([SocialeKaart] extends [Parsed] ? true : never) : never = true;
void _sameShape;

/** "services[2].kind" — how a person editing the JSON finds the field. */
function pathOf(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('') || '(root)';
}

export type ParseSocialeKaartResult = { ok: true; kaart: SocialeKaart } | { ok: false; message: string };

/** Parse and validate a sociale kaart from JSON text (import). Never throws. */
export function parseSocialeKaart(textInput: string): ParseSocialeKaartResult {
  let data: unknown;
  try {
    data = JSON.parse(textInput);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `Geen geldige JSON / not valid JSON: ${detail}` };
  }
  const result = socialeKaartSchema.safeParse(data);
  if (result.success) return { ok: true, kaart: result.data };
  const message = result.error.issues.map((issue) => `${pathOf(issue.path)}: ${issue.message}`).join('\n');
  return { ok: false, message };
}
