import fc from 'fast-check';

/**
 * Mutations of valid files, for importer fuzzing. Random strings and random JSON rarely get past
 * the first check of an importer ("is this an object with format X?"); mutations of a valid file
 * reach the deep checks: one field removed, retyped, emptied, duplicated, made huge or negative,
 * an unknown field added, the text cut or a character changed.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every path in a JSON value, the root included. */
function pathsOf(value: Json, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  return out;
}

function get(value: Json, path: Path): Json {
  return path.reduce<Json>((v, k) => (v as Record<string | number, Json>)[k], value);
}

export type Mutation =
  | { op: 'replace'; with: Json }
  | { op: 'delete' }
  | { op: 'addKey'; key: string; with: Json }
  | { op: 'duplicate' }
  | { op: 'swapWithSibling'; other: number }
  | { op: 'number'; with: number }
  | { op: 'string'; with: string }
  | { op: 'empty' };

const tweakNumber = fc.oneof(
  fc.constantFrom(-1, 0, 0.5, 1e9 + 1, 1e21, Number.MAX_SAFE_INTEGER + 2, -0),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const tweakString = fc.oneof(
  fc.constantFrom('', ' ', 'x', 'PO', 'internal ', '2025-13', '2025-02-30', 'a|b', 'a.b', '__proto__', 'constructor', 'é', '\u0000'),
  fc.string({ maxLength: 12 }),
);

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('replace' as const), with: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json> }),
  fc.record({ op: fc.constant('delete' as const) }),
  fc.record({
    op: fc.constant('addKey' as const),
    key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'extra', 'id', 'kind'), fc.string({ maxLength: 8 })),
    with: fc.jsonValue({ maxDepth: 1 }) as fc.Arbitrary<Json>,
  }),
  fc.record({ op: fc.constant('duplicate' as const) }),
  fc.record({ op: fc.constant('swapWithSibling' as const), other: fc.nat() }),
  fc.record({ op: fc.constant('number' as const), with: tweakNumber }),
  fc.record({ op: fc.constant('string' as const), with: tweakString }),
  fc.record({ op: fc.constant('empty' as const) }),
);

/** Applies one mutation at the path chosen by `seed` (mod the number of paths). Returns a new value. */
export function applyMutation(original: Json, seed: number, mutation: Mutation): Json {
  const root = structuredClone(original);
  const paths = pathsOf(root);
  const path = paths[seed % paths.length]!;
  if (path.length === 0) {
    if (mutation.op === 'replace') return mutation.with;
    if (mutation.op === 'empty') return Array.isArray(root) ? [] : {};
    if (mutation.op === 'addKey' && root && typeof root === 'object' && !Array.isArray(root)) {
      // defineProperty: a key named __proto__ must become an own property, as JSON.parse makes it.
      Object.defineProperty(root, mutation.key, { value: mutation.with, enumerable: true, writable: true, configurable: true });
    }
    return root;
  }
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1]!;
  const parent = get(root, parentPath) as Json[] | Record<string, Json>;
  // One view for reading and writing either kind of container by key.
  const slots = parent as Record<string | number, Json>;
  const current = slots[key]!;
  switch (mutation.op) {
    case 'replace':
      slots[key] = mutation.with;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete slots[key];
      break;
    case 'addKey':
      if (current && typeof current === 'object' && !Array.isArray(current)) {
        Object.defineProperty(current, mutation.key, { value: mutation.with, enumerable: true, writable: true, configurable: true });
      }
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(current));
      else slots[key] = Array.isArray(current) ? [...current, ...structuredClone(current)] : current;
      break;
    case 'swapWithSibling': {
      const siblings = Array.isArray(parent) ? parent.map((_, i) => i) : Object.keys(parent);
      const other = siblings[mutation.other % siblings.length]!;
      [slots[key], slots[other]] = [slots[other]!, current];
      break;
    }
    case 'number':
      // Any value becomes an odd number (negative, fractional, huge): type and range checks both get hit.
      slots[key] = mutation.with;
      break;
    case 'string':
      slots[key] = typeof current === 'string' ? mutation.with : current;
      break;
    case 'empty':
      slots[key] = Array.isArray(current) ? [] : typeof current === 'string' ? '' : current && typeof current === 'object' ? {} : null;
      break;
  }
  return root;
}

export type TextMutation = { op: 'truncate'; at: number } | { op: 'insert'; at: number; text: string } | { op: 'remove'; at: number; length: number };

export const textMutationArb: fc.Arbitrary<TextMutation> = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(',', '"', '{', ']', '\\', '\uFEFF', ' ', '0'), fc.string({ maxLength: 4 })),
  }),
  fc.record({ op: fc.constant('remove' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 5 }) }),
);

export function applyTextMutation(text: string, m: TextMutation): string {
  const at = m.at % (text.length + 1);
  if (m.op === 'truncate') return text.slice(0, at);
  if (m.op === 'insert') return text.slice(0, at) + m.text + text.slice(at);
  return text.slice(0, at) + text.slice(at + m.length);
}

/** One to three structural mutations of a valid value, serialised; or a text-level mutation. */
export function mutatedTextArb(valid: fc.Arbitrary<Json>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.tuple(valid, fc.array(fc.tuple(fc.nat(), mutationArb), { minLength: 1, maxLength: 3 })).map(([v, ms]) =>
      JSON.stringify(ms.reduce((acc, [seed, m]) => applyMutation(acc, seed, m), v)),
    ) },
    { weight: 1, arbitrary: fc.tuple(valid, textMutationArb).map(([v, m]) => applyTextMutation(JSON.stringify(v, null, 2), m)) },
  );
}

export type { Json };
