import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { replay, routeOf, isWaiting, flagsOf } from './concern';
import { ROUTES } from './ids';
import { pathRows, renderPathTable } from './paths';

const committed = fileURLToPath(new URL('./paths.md', import.meta.url));

describe('path table (machines/paths.md)', () => {
  const rows = pathRows();

  it('the committed table equals a fresh generation (otherwise: run npm run paths)', () => {
    const fresh = renderPathTable(rows);
    const onDisk = readFileSync(committed, 'utf8');
    if (onDisk !== fresh) {
      const a = onDisk.split('\n');
      const b = fresh.split('\n');
      const line = a.findIndex((l, i) => l !== b[i]);
      expect.fail(
        `machines/paths.md is out of date with the machine (first difference at line ${line + 1}); run npm run paths and commit the result`,
      );
    }
  });

  it('is deterministic', () => {
    expect(renderPathTable(pathRows())).toBe(renderPathTable(rows));
  });

  it('covers every route and both waiting states, and each row replays to its route', () => {
    expect(new Set(rows.map((r) => r.route))).toEqual(new Set(ROUTES));
    expect(rows.filter((r) => r.waiting).map((r) => r.route)).toContain('intern');
    expect(rows.filter((r) => r.waiting).map((r) => r.route)).toContain('extern');
    for (const row of rows) {
      const { snapshot, rejected } = replay(row.answers);
      expect(rejected).toBeUndefined();
      expect(routeOf(snapshot)).toBe(row.route);
      expect(isWaiting(snapshot)).toBe(row.waiting);
      expect(flagsOf(snapshot.context.answers)).toEqual(row.flags);
    }
  });

  it('lists a waiting row and its continuations to afweging.5 separately', () => {
    const waiting = rows.filter((r) => r.waiting);
    for (const w of waiting) {
      const continued = rows.filter(
        (r) => r.answers.length > w.answers.length && w.answers.every((a, i) => r.answers[i][0] === a[0] && r.answers[i][1] === a[1]),
      );
      // afweging.5 ja → afgesloten; nee → melden.geinformeerd ja / nee-veiligheid / nee-contact → veilig-thuis.
      expect(continued.map((r) => r.route).sort()).toEqual(['afgesloten', 'veilig-thuis', 'veilig-thuis', 'veilig-thuis']);
    }
  });
});
