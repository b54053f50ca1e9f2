import { describe, expect, it } from 'vitest';
import {
  DraftDecryptError,
  IV_BYTES,
  MIN_ITERATIONS,
  PAD_BYTES,
  SALT_BYTES,
  decryptJson,
  encryptJson,
  fromBase64,
  passphraseStrength,
  toBase64,
  type EncryptedPayload,
} from './crypto';

// Real WebCrypto (Node 20's globalThis.crypto.subtle), real 600,000 PBKDF2 iterations: ~0.1 s each.

const secret = { label: 'canary-label', notes: { 'stap1.signalen': 'blauwe plek, bron: mentor' } };

async function expectDecryptError(promise: Promise<unknown>, key: DraftDecryptError['messageKey']) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DraftDecryptError);
  expect((error as DraftDecryptError).messageKey).toBe(key);
  expect((error as DraftDecryptError).message.length).toBeGreaterThan(10);
}

/** Flips one bit of a base64 field. */
function flip(b64: string, byte: number): string {
  const bytes = fromBase64(b64);
  bytes[byte % bytes.length] ^= 0x01;
  return toBase64(bytes);
}

describe('draft crypto', () => {
  it('round-trips with the documented payload shape', async () => {
    const payload = await encryptJson(secret, 'correct horse battery staple');
    expect(payload).toMatchObject({ v: 1, kdf: 'PBKDF2-SHA-256', iterations: MIN_ITERATIONS });
    expect(payload.iterations).toBeGreaterThanOrEqual(600_000);
    expect(fromBase64(payload.salt)).toHaveLength(SALT_BYTES);
    expect(fromBase64(payload.iv)).toHaveLength(IV_BYTES);
    expect(await decryptJson(payload, 'correct horse battery staple')).toEqual(secret);
  });

  it('keeps nothing of the plaintext in clear', async () => {
    const payload = await encryptJson(secret, 'pw-0123456789');
    const stored = JSON.stringify(payload);
    expect(stored).not.toContain('canary-label');
    expect(stored).not.toContain('blauwe plek');
    expect(stored).not.toContain(btoa('canary-label'));
  });

  it('uses a fresh salt and IV for every encryption', async () => {
    const a = await encryptJson(secret, 'same passphrase');
    const b = await encryptJson(secret, 'same passphrase');
    expect(a.salt).not.toBe(b.salt);
    expect(a.iv).not.toBe(b.iv);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });

  it('pads the plaintext so the length shows only a bucket', async () => {
    const short = await encryptJson({ n: 'a' }, 'pw-0123456789');
    const longer = await encryptJson({ n: 'a'.repeat(500) }, 'pw-0123456789');
    expect(fromBase64(short.ciphertext).length).toBe(PAD_BYTES + 16);
    expect(fromBase64(longer.ciphertext).length).toBe(PAD_BYTES + 16);
  });

  it('refuses a wrong passphrase with a clear message', async () => {
    const payload = await encryptJson(secret, 'the right one');
    await expectDecryptError(decryptJson(payload, 'the wrong one'), 'errors.decrypt');
  });

  it.each(['ciphertext', 'iv', 'salt'] as const)('refuses a tampered %s', async (field) => {
    const payload = await encryptJson(secret, 'pw-0123456789');
    const tampered: EncryptedPayload = { ...payload, [field]: flip(payload[field], 7) };
    await expectDecryptError(decryptJson(tampered, 'pw-0123456789'), 'errors.decrypt');
    // The original still opens: refusing changed nothing.
    expect(await decryptJson(payload, 'pw-0123456789')).toEqual(secret);
  });

  it('refuses a truncated ciphertext', async () => {
    const payload = await encryptJson(secret, 'pw-0123456789');
    const bytes = fromBase64(payload.ciphertext);
    await expectDecryptError(
      decryptJson({ ...payload, ciphertext: toBase64(bytes.subarray(0, bytes.length - 1)) }, 'pw-0123456789'),
      'errors.decrypt',
    );
  });

  it('binds the associated data (moving a payload or changing its expiry is tampering)', async () => {
    const payload = await encryptJson(secret, 'pw-0123456789', { aad: 'draft:a:2030-01-01' });
    expect(await decryptJson(payload, 'pw-0123456789', { aad: 'draft:a:2030-01-01' })).toEqual(secret);
    await expectDecryptError(decryptJson(payload, 'pw-0123456789', { aad: 'draft:b:2030-01-01' }), 'errors.decrypt');
    await expectDecryptError(decryptJson(payload, 'pw-0123456789', { aad: 'draft:a:2031-01-01' }), 'errors.decrypt');
  });

  it('refuses payloads that are not one, or that lower the work factor', async () => {
    const payload = await encryptJson(secret, 'pw-0123456789');
    for (const bad of [
      null,
      'x',
      {},
      { ...payload, v: 2 },
      { ...payload, kdf: 'scrypt' },
      { ...payload, iterations: 1000 },
      { ...payload, iterations: 600_000.5 },
      { ...payload, salt: '***' },
      { ...payload, iv: toBase64(new Uint8Array(8)) },
    ]) {
      await expectDecryptError(decryptJson(bad, 'pw-0123456789'), 'errors.format');
    }
  });

  it('refuses an empty passphrase and fewer iterations when encrypting', async () => {
    await expectDecryptError(encryptJson(secret, ''), 'errors.passphraseEmpty');
    await expect(encryptJson(secret, 'pw', { iterations: 1000 })).rejects.toThrow(/600000/);
  });

  it('handles non-ASCII text', async () => {
    const value = { note: 'één, twee — ☂︎ 😀 \u0000' };
    expect(await decryptJson(await encryptJson(value, 'wachtwoord-ü'), 'wachtwoord-ü')).toEqual(value);
  });

  it('grades passphrases as a hint', () => {
    expect(passphraseStrength('kort')).toBe(0);
    expect(passphraseStrength('tienletters')).toBe(1);
    expect(passphraseStrength('Tien1etters!')).toBe(2);
    expect(passphraseStrength('paard batterij nietje correct')).toBe(3);
  });
});
