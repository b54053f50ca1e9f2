/**
 * Helpers for checking locale files in tests (flatten, look up). Not used at run time: i18next
 * reads the JSON itself.
 */

export type LocaleTree = { [key: string]: string | string[] | LocaleTree };

/** "a.b.c" → value; arrays are leaves, reached as a whole. */
export function lookup(tree: LocaleTree, key: string): unknown {
  let node: unknown = tree;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** Flatten to "a.b.c" keys; array items become "a.next.0", "a.next.1", … so a missing item counts. */
export function flatten(tree: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const walk = (node: unknown, path: string) => {
    if (node !== null && typeof node === 'object') {
      const entries = Array.isArray(node) ? node.map((v, i) => [String(i), v] as const) : Object.entries(node);
      if (entries.length === 0) out.set(path, node);
      for (const [k, v] of entries) walk(v, path ? `${path}.${k}` : k);
    } else {
      out.set(path, node);
    }
  };
  walk(tree, prefix);
  return out;
}

/** Keys only in `a`, and keys only in `b`, ignoring keys `ignore` accepts. */
export function keyDifference(
  a: unknown,
  b: unknown,
  ignore: (key: string) => boolean = () => false,
): { onlyInA: string[]; onlyInB: string[] } {
  const ka = flatten(a);
  const kb = flatten(b);
  return {
    onlyInA: [...ka.keys()].filter((k) => !kb.has(k) && !ignore(k)),
    onlyInB: [...kb.keys()].filter((k) => !ka.has(k) && !ignore(k)),
  };
}

/** The {{variables}} a string interpolates, sorted. */
export function interpolations(value: string): string[] {
  return [...value.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((m) => m[1]!).sort();
}
