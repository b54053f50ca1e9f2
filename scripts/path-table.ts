/**
 * `npm run paths`: writes machines/paths.md, the table of every path of answers through the concern
 * machine. Commit the result; machines/paths.test.ts fails when the file and the machine disagree.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pathRows, renderPathTable } from '../machines/paths';

const target = fileURLToPath(new URL('../machines/paths.md', import.meta.url));
const rows = pathRows();
writeFileSync(target, renderPathTable(rows));
console.log(`wrote ${target} (${rows.length} paths)`);
