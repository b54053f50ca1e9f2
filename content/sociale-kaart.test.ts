import { describe, expect, it } from 'vitest';
import { DEFAULT_PARTNERS } from '../machines/ids';
import { DEFAULT_SOCIALE_KAART, contactsOf, partnerKinds, type SocialeKaart } from './sociale-kaart';
import { KAART_LIMITS, parseSocialeKaart, socialeKaartSchema } from './sociale-kaart.schema';

const clone = (): SocialeKaart => structuredClone(DEFAULT_SOCIALE_KAART);
const parse = (kaart: unknown) => parseSocialeKaart(JSON.stringify(kaart));

describe('default sociale kaart', () => {
  it('validates with the schema', () => {
    const result = socialeKaartSchema.safeParse(DEFAULT_SOCIALE_KAART);
    expect(result.success, result.error?.message).toBe(true);
  });

  it('holds every default partner with the same kind (and nothing the machine does not know)', () => {
    expect(partnerKinds(DEFAULT_SOCIALE_KAART)).toEqual(DEFAULT_PARTNERS);
  });

  it('every service has a contact; Veilig Thuis shows 0800-2000', () => {
    for (const s of DEFAULT_SOCIALE_KAART.services) expect(contactsOf(DEFAULT_SOCIALE_KAART, s.id).length, s.id).toBeGreaterThan(0);
    expect(contactsOf(DEFAULT_SOCIALE_KAART, 'veilig-thuis')[0]?.phone).toBe('0800-2000');
  });

  it('round-trips through export and import', () => {
    const result = parseSocialeKaart(JSON.stringify(DEFAULT_SOCIALE_KAART, null, 2));
    expect(result).toEqual({ ok: true, kaart: DEFAULT_SOCIALE_KAART });
  });

  it('inactive services are not offered to the machine', () => {
    const kaart = clone();
    kaart.services.find((s) => s.id === 'buurtwerk')!.status = 'inactive';
    expect(partnerKinds(kaart)).not.toHaveProperty('buurtwerk');
  });
});

describe('parseSocialeKaart refuses bad input with a message naming the problem', () => {
  it('bad JSON', () => {
    const result = parseSocialeKaart('{"services": [');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/JSON/);
  });

  it('a duplicate service id', () => {
    const kaart = clone();
    kaart.services.push({ ...kaart.services[0]! });
    const result = parse(kaart);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain(`services[${kaart.services.length - 1}].id`);
      expect(result.message).toContain('"gezinscoaching"');
      expect(result.message).toMatch(/dubbele id.*duplicate id/);
    }
  });

  it('an unknown kind', () => {
    const kaart = clone() as unknown as { services: { kind: string }[] };
    kaart.services[2]!.kind = 'intern';
    const result = parse(kaart);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain('services[2].kind');
      expect(result.message).toContain('"intern"');
      expect(result.message).toMatch(/internal.*external/);
    }
  });

  it('a bad date, a dangling organisation and a dangling contact', () => {
    const kaart = clone();
    kaart.services[0]!.lastConfirmed = '23-11-2026';
    kaart.services[1]!.organizationId = 'nergens';
    kaart.contacts[0]!.serviceId = 'niemand';
    const result = parse(kaart);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain('services[0].lastConfirmed');
      expect(result.message).toContain('services[1].organizationId');
      expect(result.message).toContain('contacts[0].serviceId');
    }
  });

  it('a missing field and a contact with no way to reach it', () => {
    const kaart = clone() as unknown as Record<string, unknown> & { contacts: Record<string, unknown>[] };
    delete kaart.name;
    kaart.contacts[0] = { id: 'leeg', serviceId: 'gezinscoaching' };
    const result = parse(kaart);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(/^name: /m);
      expect(result.message).toContain('contacts[0]');
    }
  });

  it('a JSON value that is not an object', () => {
    const result = parseSocialeKaart('[]');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('(root)');
  });
});

describe('bounds and plain messages (issue 13, issue 12 item 7)', () => {
  it('refuses a list or a text above its bound, naming the field and the maximum in both languages', () => {
    const kaart = clone();
    kaart.services[0]!.description = 'x'.repeat(KAART_LIMITS.text + 1);
    kaart.contacts = Array.from({ length: KAART_LIMITS.contacts + 1 }, (_, i) => ({ id: `c${i}`, serviceId: kaart.services[0]!.id, phone: '0800-2000' }));
    const result = parse(kaart);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.kind).toBe('invalid');
    expect(result.issues).toContainEqual({ path: 'services[0].description', nl: `hoogstens ${KAART_LIMITS.text} tekens`, en: `at most ${KAART_LIMITS.text} characters` });
    expect(result.issues).toContainEqual({ path: 'contacts', nl: `hoogstens ${KAART_LIMITS.contacts}`, en: `at most ${KAART_LIMITS.contacts}` });
  });

  it('allows https links only (no http, no javascript:)', () => {
    for (const url of ['http://veiligthuis.nl', 'javascript:alert(1)']) {
      const kaart = clone();
      kaart.contacts[0]!.url = url;
      const result = parse(kaart);
      expect(result.ok, url).toBe(false);
      if (!result.ok) expect(result.issues[0]).toMatchObject({ path: 'contacts[0].url', nl: 'verwacht een https-adres' });
    }
  });

  it("never shows zod's own English words: a missing field says so in Dutch and English", () => {
    const kaart = clone() as unknown as Record<string, unknown>;
    delete kaart.name;
    (kaart.services as unknown as Record<string, unknown>[])[0]!.name = 7;
    const result = parse(kaart);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { path: 'name', nl: 'ontbreekt', en: 'is missing' },
      { path: 'services[0].name', nl: 'verwacht een tekst', en: 'expected a text' },
    ]);
    expect(result.message).not.toMatch(/Invalid input|received undefined/);
  });

  it('not JSON is its own kind, without the parser\'s English message', () => {
    const result = parseSocialeKaart('{"services": [');
    expect(result).toMatchObject({ ok: false, kind: 'not-json', issues: [{ path: '(root)', nl: 'geen geldige JSON', en: 'not valid JSON' }] });
  });
});
