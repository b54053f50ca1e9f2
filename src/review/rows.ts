import { SECTORS, type QuestionId, type RouteId, type Sector } from '../../machines/ids';
import { AFTER_MELDING_SOURCES, OUTCOMES, OUTCOME_KEYS, WAITING_CONTENT, type OutcomeContent } from '../../content/outcomes';
import { DEFINITION_IDS, QUESTION_CONTENT, questionSources } from '../../content/questions';
import { SHARING_LEAD_SOURCES, SHARING_SECTION_IDS, SHARING_SOURCES } from '../../content/sharing';
import { SOURCES, type SourceId } from '../../content/sources';
import { AGE_HELP_HOME, AGE_HELP_KINDS, AGE_SOURCES } from '../../content/age';
import { ONDERLING_QUESTION_IDS, ONDERLING_ROUTE } from '../../machines/onderling.ids';
import {
  ONDERLING_LEVEL_SOURCES,
  ONDERLING_MELDCODE_SOURCES,
  ONDERLING_ONLINE_SOURCES,
  ONDERLING_QUESTION_CONTENT,
  ONDERLING_SECTOR_SOURCES,
  type OnderlingSectorGroup,
} from '../../content/onderling';
import { toCsv, type CsvValue } from '../ui/csv';

/**
 * The content review export (issue 14, item 9): every text the guide and training show — questions
 * with their hints, help and quotes, answers, definitions, outcome and waiting texts, casus — in
 * Dutch and English side by side, each with its id, its sources and the day each source was
 * compared, so the aandachtsfunctionaris of an adopting organisation can sign the content off row by
 * row. Pure: the locale files and casus come in as data, so the rows are unit-tested against the
 * content files (a question without a row fails) and the same rows feed the page and the CSV.
 */

export type Json = Record<string, unknown>;
export type Localized = string | Partial<Record<'nl' | 'en', string>>;

/** What the review needs of a casus file (content/cases/*.json). */
export interface ReviewCasus {
  id: string;
  title: Localized;
  story?: Localized;
}

export interface ReviewInput {
  /** The `guide` namespace per language (content/locales/<lng>/guide.json). */
  guide: { nl: Json; en: Json };
  /** The `onderling` namespace per language (behaviour between children, issue 14 §5); rows' ids start `onderling:`. */
  onderling?: { nl: Json; en: Json };
  /** The `sharing` namespace per language: the help page on sharing information (issue 14 §3). */
  sharing?: { nl: Json; en: Json };
  cases: readonly ReviewCasus[];
}

export type ReviewKind = 'question' | 'answer' | 'definition' | 'outcome' | 'help' | 'casus';
export const REVIEW_KINDS: readonly ReviewKind[] = ['question', 'answer', 'definition', 'outcome', 'help', 'casus'];

/** Row ids of the sharing help page start with this (its texts live in their own namespace). */
export const SHARING_ROW_PREFIX = 'sharing:'; // rowsAt's `${ns}:` for ns 'sharing'

export interface ReviewSource {
  id: SourceId;
  title: { nl: string; en: string };
  url: string;
  /** 'YYYY-MM-DD' when the wording was compared with the page; absent: further reading only. */
  checked?: string;
}

export interface ReviewRow {
  /** Unique: the locale key under `guide:` ('questions.triage.acuut.help'), or 'casus.<id>.<field>'. */
  id: string;
  kind: ReviewKind;
  /** The content id the text belongs to: question id, outcome key, definition id, casus id. */
  contentId: string;
  nl: string;
  en: string;
  sources: ReviewSource[];
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function at(tree: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((node, key) => (isObject(node) || Array.isArray(node) ? (node as Json)[key] : undefined), tree);
}

/** Every string leaf under a node, keyed by its relative path ('help', 'next.0'), in document order. */
function leaves(node: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof node === 'string') out.set(prefix, node);
  else if (Array.isArray(node) || isObject(node)) {
    for (const [key, child] of Object.entries(node)) {
      for (const [k, v] of leaves(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
    }
  }
  return out;
}

/** The sector of an i18next context key ('title_kinderopvang' → kinderopvang), if any. */
function sectorOf(field: string): Sector | undefined {
  const last = field.split('.')[0] ?? '';
  const suffix = last.includes('_') ? last.slice(last.indexOf('_') + 1) : undefined;
  return (SECTORS as readonly string[]).includes(suffix ?? '') ? (suffix as Sector) : undefined;
}

function source(id: SourceId, guideNl: Json, guideEn: Json): ReviewSource {
  const s = SOURCES[id];
  const title = (g: Json) => {
    const v = at(g, ['sources', id, 'title']);
    return typeof v === 'string' ? v : id;
  };
  return { id, title: { nl: title(guideNl), en: title(guideEn) }, url: s.url, ...(s.checked ? { checked: s.checked } : {}) };
}

/** Rows for every leaf under `path` in either language (a missing translation shows as empty). */
function rowsAt(
  input: ReviewInput,
  path: readonly string[],
  kind: ReviewKind,
  contentId: string,
  sourcesOf: (field: string) => readonly SourceId[],
  ns: 'guide' | 'onderling' | 'sharing' = 'guide',
): ReviewRow[] {
  const trees = ns === 'guide' ? input.guide : ((ns === 'sharing' ? input.sharing : input.onderling) ?? { nl: {}, en: {} });
  const nl = leaves(at(trees.nl, path));
  const en = leaves(at(trees.en, path));
  const fields = [...nl.keys(), ...[...en.keys()].filter((k) => !nl.has(k))];
  return fields.map((field) => ({
    // A top-level text of a namespace ('sharing:title') has no field of its own.
    id: (ns === 'guide' ? '' : `${ns}:`) + [...path, field].filter(Boolean).join('.'),
    kind,
    contentId,
    nl: nl.get(field) ?? '',
    en: en.get(field) ?? '',
    sources: [...new Set(sourcesOf(field))].map((id) => source(id, input.guide.nl, input.guide.en)),
  }));
}

const text = (t: Localized | undefined, lng: 'nl' | 'en') => (t === undefined ? '' : typeof t === 'string' ? t : (t[lng] ?? ''));

export function buildReviewRows(input: ReviewInput): ReviewRow[] {
  const rows: ReviewRow[] = [];
  const questions = Object.keys(QUESTION_CONTENT) as QuestionId[];
  for (const q of questions) {
    const path = q.split('.');
    const quote = QUESTION_CONTENT[q] as { quoteSource?: SourceId; sectorNotes?: Partial<Record<Sector, readonly SourceId[]>> };
    const sourcesOf = (field: string): readonly SourceId[] => {
      if (field.startsWith('quote') && quote.quoteSource) return [quote.quoteSource];
      // A sector's kader note ('sectorNotes.po.text', issue 14 §4, §7) shows the sources it cites.
      const [head, noteSector] = field.split('.');
      const noted = head === 'sectorNotes' ? quote.sectorNotes?.[noteSector as Sector] : undefined;
      if (noted) return noted;
      return questionSources(q, sectorOf(field));
    };
    rows.push(...rowsAt(input, ['questions', ...path], 'question', q, sourcesOf));
    rows.push(...rowsAt(input, ['answers', ...path], 'answer', q, (field) => questionSources(q, sectorOf(field))));
  }
  // Help by the child's age (issue 14 §2, §7), under the question whose page it belongs to.
  for (const kind of AGE_HELP_KINDS) {
    rows.push(...rowsAt(input, ['age', kind], 'question', AGE_HELP_HOME[kind], () => AGE_SOURCES[kind]));
  }
  for (const d of DEFINITION_IDS) rows.push(...rowsAt(input, ['definitions', d], 'definition', d, () => []));

  // A variant key ('veilig-thuis-acuut') shows the sources of its route.
  const routeOf = new Map<string, OutcomeContent>();
  for (const [route, content] of Object.entries(OUTCOMES as Record<RouteId, OutcomeContent>)) {
    routeOf.set(route, content);
    for (const v of content.variants) routeOf.set(v.key, content);
  }
  for (const key of OUTCOME_KEYS) {
    const content = routeOf.get(key)!;
    const sourcesOf = (field: string) => {
      const sector = sectorOf(field);
      return (sector && content.sourcesBySector?.[sector]) || content.sources;
    };
    rows.push(...rowsAt(input, ['outcomes', key], 'outcome', key, sourcesOf));
  }
  rows.push(...rowsAt(input, ['waiting'], 'outcome', WAITING_CONTENT.key, () => WAITING_CONTENT.sources));
  rows.push(...onderlingRows(input));
  // After a melding (issue 14 §1): shown on every veilig-thuis outcome.
  rows.push(...rowsAt(input, ['afterMelding'], 'outcome', 'afterMelding', () => AFTER_MELDING_SOURCES));

  // Help on sharing information (issue 14 §3): the link in the guide, then the page, section by section.
  const sharingSources = [...new Set([...SHARING_LEAD_SOURCES, ...Object.values(SHARING_SOURCES).flat()])];
  rows.push(...rowsAt(input, ['sharingHelp'], 'help', 'sharing', () => sharingSources));
  if (input.sharing) {
    for (const key of ['title', 'lead']) {
      rows.push(...rowsAt(input, [key], 'help', 'sharing', () => SHARING_LEAD_SOURCES, 'sharing'));
    }
    for (const id of SHARING_SECTION_IDS) {
      rows.push(
        ...rowsAt(input, ['sections', id], 'help', `sharing.${id}`, () => SHARING_SOURCES[id], 'sharing'),
      );
    }
  }

  // Casus are invented training stories: they cite no source.
  for (const c of [...input.cases].sort((a, b) => a.id.localeCompare(b.id))) {
    rows.push({ id: `casus.${c.id}.title`, kind: 'casus', contentId: c.id, nl: text(c.title, 'nl'), en: text(c.title, 'en'), sources: [] });
    if (c.story !== undefined) {
      rows.push({ id: `casus.${c.id}.story`, kind: 'casus', contentId: c.id, nl: text(c.story, 'nl'), en: text(c.story, 'en'), sources: [] });
    }
  }
  return rows;
}

/**
 * Behaviour between children (issue 14 §5): its start entry (in `guide`), its questions and answers,
 * and its outcome (`onderling` namespace), each block with the sources content/onderling.ts names.
 */
function onderlingRows(input: ReviewInput): ReviewRow[] {
  const rows: ReviewRow[] = [];
  const route = ONDERLING_ROUTE;
  rows.push(...rowsAt(input, ['onderlingStart'], 'outcome', route, () => []));
  if (!input.onderling) return rows;
  for (const q of ONDERLING_QUESTION_IDS) {
    const content = ONDERLING_QUESTION_CONTENT[q];
    const sourcesOf = (field: string) => (field.startsWith('quote') && content.quoteSource ? [content.quoteSource] : content.sources);
    rows.push(...rowsAt(input, ['questions', ...q.split('.')], 'question', q, sourcesOf, 'onderling'));
    rows.push(...rowsAt(input, ['answers', ...q.split('.')], 'answer', q, () => content.sources, 'onderling'));
  }
  const outcomeSources = (field: string): readonly SourceId[] => {
    const [head = '', group] = field.split('.');
    if (head === 'sector') return ONDERLING_SECTOR_SOURCES[group as OnderlingSectorGroup] ?? [];
    if (head.startsWith('online')) return ONDERLING_ONLINE_SOURCES;
    if (head.startsWith('meldcode')) return ONDERLING_MELDCODE_SOURCES;
    const level = /^(?:lead|next)_(groen|geel|ernstig|ander)$/.exec(head)?.[1] as keyof typeof ONDERLING_LEVEL_SOURCES | undefined;
    return level ? ONDERLING_LEVEL_SOURCES[level] : [];
  };
  rows.push(...rowsAt(input, ['outcome'], 'outcome', route, outcomeSources, 'onderling'));
  return rows;
}

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export const REVIEW_CSV_COLUMNS = ['id', 'kind', 'contentId', 'nl', 'en', 'source', 'url', 'checked', 'agreed', 'remark'] as const;

/**
 * The rows as CSV for Excel (src/ui/csv.ts: BOM, `;`, CRLF, quoted fields). Several sources of one
 * row stand on separate lines within its cells, in the same order in each source column; the last two
 * columns are empty for the reviewer ("Akkoord (ja/nee)", "Opmerking").
 */
export function reviewCsv(rows: readonly ReviewRow[], meta: { version: string; reviewed: string }, t: Translate, lng: 'nl' | 'en'): string {
  const lines: CsvValue[][] = [
    [t('review:meta.version'), meta.version],
    [t('review:meta.reviewed'), meta.reviewed],
    [],
    REVIEW_CSV_COLUMNS.map((c) => t(`review:columns.${c}`)),
    ...rows.map((r) => [
      r.id,
      t(`review:kinds.${r.kind}`),
      r.contentId,
      r.nl,
      r.en,
      r.sources.map((s) => s.title[lng]).join('\n'),
      r.sources.map((s) => s.url).join('\n'),
      r.sources.map((s) => s.checked ?? t('review:notChecked')).join('\n'),
      '',
      '',
    ]),
  ];
  return toCsv(lines);
}
