/**
 * Messages of the importers (sociale kaart, settings file), in Dutch and English (issue 12 item 7).
 *
 * The schemas write every message with bi(nl, en); a parser splits the issues by language, so a
 * Dutch page shows Dutch details and an English page English ones, and `message` (tests, the
 * command line) shows both as "nl / en". Messages zod would write itself ("Invalid input: expected
 * string, received undefined") are replaced by `plainIssue`, passed to safeParse as its error map.
 * The page itself shows one plain sentence that says what to do; these are the folded details.
 */

export type Language = 'nl' | 'en';

/** Separates the Dutch and English halves of a message (never typed by a person). */
const SEP = '\u001f';

export function bi(nl: string, en: string): string {
  return `${nl}${SEP}${en}`;
}

export function inLanguage(message: string, language: Language): string {
  const at = message.indexOf(SEP);
  if (at < 0) return message;
  return language === 'nl' ? message.slice(0, at) : message.slice(at + 1);
}

/** "nl / en", for the command line and tests. */
export function bothLanguages(message: string): string {
  return message.replace(SEP, ' / ');
}

export interface ImportIssue {
  /** "services[2].kind", or "(root)": how a person editing the JSON finds the spot. */
  path: string;
  nl: string;
  en: string;
}

export function pathOf(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('') || '(root)';
}

export function toIssue(issue: { path: readonly PropertyKey[]; message: string }): ImportIssue {
  return { path: pathOf(issue.path), nl: inLanguage(issue.message, 'nl'), en: inLanguage(issue.message, 'en') };
}

export const issueText = (issue: ImportIssue, language: Language) => `${issue.path}: ${issue[language]}`;
export const issuesMessage = (issues: readonly ImportIssue[]) => issues.map((i) => `${i.path}: ${i.nl} / ${i.en}`).join('\n');

const KINDS: Record<string, [string, string]> = {
  string: ['een tekst', 'a text'],
  number: ['een getal', 'a number'],
  int: ['een heel getal', 'a whole number'],
  boolean: ['ja of nee (true/false)', 'true or false'],
  object: ['een object { … }', 'an object { … }'],
  array: ['een lijst [ … ]', 'a list [ … ]'],
};

/** The shape of a zod issue as an error map receives it (only what is read here). */
interface RawIssue {
  code?: string;
  input?: unknown;
  expected?: string;
  origin?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  keys?: string[];
}

/** Error map for zod's own messages: short, in both languages, no type names of JavaScript. */
export function plainIssue(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return bi('ontbreekt', 'is missing');
      const kind = KINDS[issue.expected ?? ''];
      return kind ? bi(`verwacht ${kind[0]}`, `expected ${kind[1]}`) : bi('verkeerd soort waarde', 'wrong kind of value');
    }
    case 'too_big': {
      const max = String(issue.maximum);
      if (issue.origin === 'string') return bi(`hoogstens ${max} tekens`, `at most ${max} characters`);
      if (issue.origin === 'array') return bi(`hoogstens ${max} in de lijst`, `at most ${max} in the list`);
      return bi(`hoogstens ${max}`, `at most ${max}`);
    }
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'string') return bi(`minstens ${min} tekens`, `at least ${min} characters`);
      if (issue.origin === 'array') return bi(`minstens ${min} in de lijst`, `at least ${min} in the list`);
      return bi(`minstens ${min}`, `at least ${min}`);
    }
    case 'unrecognized_keys': {
      const keys = (issue.keys ?? []).map((k) => `"${k}"`).join(', ');
      return bi(`onbekend veld ${keys}`, `unknown field ${keys}`);
    }
    default:
      return bi('ongeldige waarde', 'invalid value');
  }
}

/** The JSON parser's own words are English and technical; only "not JSON" is said. */
export function notJsonIssue(): ImportIssue {
  return { path: '(root)', nl: 'geen geldige JSON', en: 'not valid JSON' };
}
