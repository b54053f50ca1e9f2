/**
 * Writes docs/counts.schema.json from the zod schema of the counts file (z.toJSONSchema).
 * Run: npx tsx scripts/gen-counts-schema.ts. A test fails when the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { countsJsonSchema } from '../src/storage/counts.schema';

export function countsSchemaText(): string {
  return `${JSON.stringify(countsJsonSchema(), null, 2)}\n`;
}

const target = fileURLToPath(new URL('../docs/counts.schema.json', import.meta.url));
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(target, countsSchemaText());
  console.log(`wrote ${target}`);
}
