/**
 * Reading a file the user chose for an import (issue 13): its size is checked before a byte is
 * read, so a wrong or hostile file of any size cannot make the page read it into memory.
 */
export type ReadFileResult = { ok: true; text: string } | { ok: false; reason: 'too-large' | 'unreadable' };

export async function readTextFile(file: Blob, maxBytes: number): Promise<ReadFileResult> {
  if (file.size > maxBytes) return { ok: false, reason: 'too-large' };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}

/** "2 MB", "1,5 MB", "300 kB" in the page's language. */
export function formatBytes(bytes: number, language: string): string {
  const locale = language === 'en' ? 'en-GB' : 'nl-NL';
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'megabyte'] : [bytes / 1024, 'kilobyte'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}
