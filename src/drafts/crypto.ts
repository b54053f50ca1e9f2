/**
 * Encryption of drafts: AES-GCM 256 under a key derived from the worker's passphrase with
 * PBKDF2-SHA-256. WebCrypto only (browser and Node 20 alike), no dependency.
 *
 * Why these choices:
 * - PBKDF2-SHA-256 with 600,000 iterations is OWASP's 2023 floor for that hash; it is the only
 *   password KDF WebCrypto offers (no Argon2 without a WASM dependency).
 * - A fresh random 16-byte salt per encryption means two drafts never share a key, and a fresh
 *   random 12-byte IV per encryption means an IV is never reused under a key.
 * - AES-GCM authenticates: a wrong passphrase and a changed byte both fail the tag check. The two
 *   cannot be told apart (that is the point), so one error covers both.
 * - Optional associated data binds a ciphertext to where it is stored (the draft id and expiry), so
 *   moving a payload to another row or extending its expiry in clear is detected as tampering.
 * - The plaintext is padded to a multiple of PAD_BYTES so the ciphertext length does not reveal
 *   how long the notes are, only a coarse bucket.
 */

export const KDF = 'PBKDF2-SHA-256' as const;
/** Never lower: payloads asking for fewer iterations are refused (downgrade). */
export const MIN_ITERATIONS = 600_000;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;
export const PAD_BYTES = 1024;

export interface EncryptedPayload {
  v: 1;
  kdf: typeof KDF;
  iterations: number;
  /** base64 */
  salt: string;
  /** base64 */
  iv: string;
  /** base64, AES-GCM output including the 16-byte tag */
  ciphertext: string;
}

/** Keys in the `drafts` i18n namespace, so the UI can say what went wrong in the worker's language. */
export type DraftErrorKey = 'errors.decrypt' | 'errors.format' | 'errors.passphraseEmpty';

const MESSAGES: Record<DraftErrorKey, string> = {
  'errors.decrypt':
    'The draft could not be opened: the passphrase is wrong or the stored data was changed. Nothing was deleted.',
  'errors.format': 'The stored draft is not in a format this version can read. Nothing was deleted.',
  'errors.passphraseEmpty': 'A passphrase is required.',
};

/**
 * Thrown when a payload cannot be decrypted. `messageKey` is an i18n key in the `drafts` namespace;
 * `message` is the English fallback. The stored data is never touched by a failed decryption.
 */
export class DraftDecryptError extends Error {
  readonly messageKey: DraftErrorKey;
  constructor(messageKey: DraftErrorKey, options?: { cause?: unknown }) {
    super(MESSAGES[messageKey], options);
    this.name = 'DraftDecryptError';
    this.messageKey = messageKey;
  }
}

const subtle = () => {
  const s = globalThis.crypto?.subtle;
  // Only secure contexts (https, localhost) have SubtleCrypto; without it nothing may be stored.
  if (!s) throw new Error('WebCrypto (crypto.subtle) is not available; drafts need a secure context.');
  return s;
};

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await subtle().importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
    'deriveKey',
  ]);
  // Not extractable: the key never exists outside WebCrypto.
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

function pad(json: string): Uint8Array<ArrayBuffer> {
  const bytes = new TextEncoder().encode(json);
  // JSON.parse ignores trailing whitespace, so spaces are a padding that needs no length field.
  const size = Math.ceil((bytes.length + 1) / PAD_BYTES) * PAD_BYTES;
  const padded = new Uint8Array(size).fill(0x20);
  padded.set(bytes);
  return padded;
}

function aadBytes(aad: string | undefined): { additionalData?: Uint8Array<ArrayBuffer> } {
  return aad === undefined ? {} : { additionalData: new TextEncoder().encode(aad) };
}

/** Encrypts a JSON-serialisable value. `aad` (associated data) must be given again to decrypt. */
export async function encryptJson(
  value: unknown,
  passphrase: string,
  options: { aad?: string; iterations?: number } = {},
): Promise<EncryptedPayload> {
  if (passphrase.length === 0) throw new DraftDecryptError('errors.passphraseEmpty');
  const iterations = options.iterations ?? MIN_ITERATIONS;
  if (iterations < MIN_ITERATIONS) throw new Error(`PBKDF2 needs at least ${MIN_ITERATIONS} iterations`);
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const key = await deriveKey(passphrase, salt, iterations);
  const ciphertext = await subtle().encrypt(
    { name: 'AES-GCM', iv, tagLength: 128, ...aadBytes(options.aad) },
    key,
    pad(JSON.stringify(value)),
  );
  return {
    v: 1,
    kdf: KDF,
    iterations,
    salt: toBase64(salt),
    iv: toBase64(iv),
    ciphertext: toBase64(new Uint8Array(ciphertext)),
  };
}

/** The payload shape, checked by hand: six fields do not need a schema library. */
export function isEncryptedPayload(value: unknown): value is EncryptedPayload {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Record<string, unknown>;
  return (
    p.v === 1 &&
    p.kdf === KDF &&
    typeof p.iterations === 'number' &&
    Number.isInteger(p.iterations) &&
    typeof p.salt === 'string' &&
    typeof p.iv === 'string' &&
    typeof p.ciphertext === 'string'
  );
}

/**
 * Decrypts a payload. Throws DraftDecryptError('errors.decrypt') for a wrong passphrase or changed
 * data (including changed associated data), DraftDecryptError('errors.format') for a payload that is
 * not one (unknown version, too few iterations, bad base64, wrong salt/IV length).
 */
export async function decryptJson(payload: unknown, passphrase: string, options: { aad?: string } = {}): Promise<unknown> {
  if (passphrase.length === 0) throw new DraftDecryptError('errors.passphraseEmpty');
  if (!isEncryptedPayload(payload)) throw new DraftDecryptError('errors.format');
  // An attacker who can write the store could lower the work factor of a payload they made; a real
  // draft never has fewer, and an absurd count would hang the page.
  if (payload.iterations < MIN_ITERATIONS || payload.iterations > 100 * MIN_ITERATIONS) {
    throw new DraftDecryptError('errors.format');
  }
  let salt: Uint8Array<ArrayBuffer>;
  let iv: Uint8Array<ArrayBuffer>;
  let ciphertext: Uint8Array<ArrayBuffer>;
  try {
    salt = fromBase64(payload.salt);
    iv = fromBase64(payload.iv);
    ciphertext = fromBase64(payload.ciphertext);
  } catch (cause) {
    throw new DraftDecryptError('errors.format', { cause });
  }
  if (salt.length !== SALT_BYTES || iv.length !== IV_BYTES || ciphertext.length < 16) {
    throw new DraftDecryptError('errors.format');
  }
  const key = await deriveKey(passphrase, salt, payload.iterations);
  let plain: ArrayBuffer;
  try {
    plain = await subtle().decrypt({ name: 'AES-GCM', iv, tagLength: 128, ...aadBytes(options.aad) }, key, ciphertext);
  } catch (cause) {
    throw new DraftDecryptError('errors.decrypt', { cause });
  }
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain));
  } catch (cause) {
    // Authenticated but not JSON: written by something else under the same passphrase.
    throw new DraftDecryptError('errors.format', { cause });
  }
}

/**
 * A rough passphrase strength hint, not a gate: length counts most for passphrases, and a few
 * classes of characters help. Returns 0 (too short) … 3 (strong).
 */
export function passphraseStrength(passphrase: string): 0 | 1 | 2 | 3 {
  const length = [...passphrase].length;
  if (length < 10) return 0;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(passphrase)).length;
  const words = passphrase.trim().split(/\s+/).length;
  if (length >= 20 || (length >= 14 && (classes >= 3 || words >= 3))) return 3;
  if (length >= 14 || classes >= 3) return 2;
  return 1;
}
