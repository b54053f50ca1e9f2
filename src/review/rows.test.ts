import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTCOME_KEYS } from '../../content/outcomes';
import { DEFINITION_IDS, QUESTION_CONTENT } from '../../content/questions';
import { isPartnerQuestion, type QuestionId } from '../../machines/ids';
import { ONDERLING_QUESTION_IDS } from '../../machines/onderling.ids';
import { SOURCES } from '../../content/sources';
import { ONDERLING_QUESTION_CONTENT } from '../../content/onderling';
import { CONTENT_REVIEWED, CONTENT_VERSION } from '../../content/version';
import { reviewInput } from './content';
import { SHARING_SECTION_IDS } from '../../content/sharing';
import { SHARING_ROW_PREFIX, buildReviewRows, reviewCsv, type ReviewRow } from './rows';

const ROOT = join(__dirname, '..', '..');
const CASE_DIR = join(ROOT, 'content', 'cases');
const caseIds = readdirSync(CASE_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => (JSON.parse(readFileSync(join(CASE_DIR, f), 'utf8')) as { id: string }).id);
const guide = (lng: string) => JSON.parse(readFileSync(join(ROOT, 'content', 'locales', lng, 'guide.json'), 'utf8')) as Record<string, unknown>;

const rows = buildReviewRows(reviewInput());
const idsOf = (kind: ReviewRow['kind']) => new Set(rows.filter((r) => r.kind === kind).map((r) => r.contentId));

/** RFC 4180 as Excel reads it (quoted fields, "" for a quote, CRLF between records), to read back. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') record.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') record.push(field), records.push(record), (record = []), (field = ''), i++;
    else field += c;
  }
  return records;
}

describe('the content review rows', () => {
  it('hold every question, answer set, definition, outcome and casus id of the content files', () => {
    // The route for behaviour between children (issue 14 §5) has its own questions and its outcome.
    expect(idsOf('question')).toEqual(new Set([...Object.keys(QUESTION_CONTENT), ...ONDERLING_QUESTION_IDS]));
    // A partner question's answers are the organisations of the sociale kaart, not content words.
    expect(idsOf('answer')).toEqual(
      new Set([...(Object.keys(QUESTION_CONTENT) as QuestionId[]).filter((q) => !isPartnerQuestion(q)), ...ONDERLING_QUESTION_IDS]),
    );
    expect(idsOf('definition')).toEqual(new Set(DEFINITION_IDS));
    expect(idsOf('outcome')).toEqual(new Set([...OUTCOME_KEYS, 'waiting', 'kinderen-onderling', 'afterMelding']));
    expect(idsOf('help')).toEqual(new Set(['sharing', ...SHARING_SECTION_IDS.map((id) => `sharing.${id}`)]));
    expect(idsOf('casus')).toEqual(new Set(caseIds));
    expect(caseIds.length).toBeGreaterThan(0);
  });

  it('hold every Dutch text of the guide once, with its English side by side', () => {
    const ids = rows.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const nl = guide('nl');
    const en = guide('en');
    const at = (tree: unknown, id: string) => id.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown>)?.[k], tree);
    const onderling = (lng: string) => JSON.parse(readFileSync(join(ROOT, 'content', 'locales', lng, 'onderling.json'), 'utf8')) as Record<string, unknown>;
    for (const r of rows.filter((row) => row.kind !== 'casus' && !row.id.startsWith(SHARING_ROW_PREFIX))) {
      const [tree, id] = r.id.startsWith('onderling:') ? [{ nl: onderling('nl'), en: onderling('en') }, r.id.slice('onderling:'.length)] : [{ nl, en }, r.id];
      expect(r.nl, r.id).toBe(at(tree.nl, id) ?? '');
      expect(r.en, r.id).toBe(at(tree.en, id) ?? '');
    }
    // Every text of the onderling namespace has its row, with the sources of its block.
    const flat = (node: unknown, prefix: string): string[] =>
      typeof node === 'string' ? [prefix] : Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => flat(v, prefix ? `${prefix}.${k}` : k));
    const onderlingIds = new Set(rows.filter((r) => r.id.startsWith('onderling:')).map((r) => r.id.slice('onderling:'.length)));
    const texts = flat(onderling('nl'), '').filter((k) => /^(questions|answers|outcome)\./.test(k));
    expect(texts.filter((k) => !onderlingIds.has(k))).toEqual([]);
    expect(rows.find((r) => r.id === 'onderling:outcome.sector.kinderopvang.0')?.sources.map((s) => s.id)).toContain('boink-meldcode-routes');
    expect(rows.find((r) => r.id === 'onderling:questions.onderling.vlag.quote')?.sources.map((s) => s.id)).toEqual(['vlaggensysteem']);
    // The help page on sharing information (its own namespace): every text once, both languages.
    const sharing = (lng: string) => JSON.parse(readFileSync(join(ROOT, 'content', 'locales', lng, 'sharing.json'), 'utf8')) as unknown;
    const sharingRows = rows.filter((row) => row.id.startsWith(SHARING_ROW_PREFIX));
    expect(sharingRows.length).toBeGreaterThan(SHARING_SECTION_IDS.length * 2);
    for (const r of sharingRows) {
      const key = r.id.slice(SHARING_ROW_PREFIX.length);
      expect(r.nl, r.id).toBe(at(sharing('nl'), key));
      expect(r.en, r.id).toBe(at(sharing('en'), key));
      expect(r.sources.length, r.id).toBeGreaterThan(0);
    }
    // Every help text and every outcome's next actions are among them.
    expect(rows.find((r) => r.id === 'questions.triage.acuut.help')?.nl).toMatch(/Veilig Thuis/);
    expect(rows.filter((r) => r.id.startsWith('outcomes.veilig-thuis.next.')).length).toBeGreaterThan(1);
  });

  it('give each quote its quote source, with the url and the day it was compared', () => {
    const quotes = rows.filter((r) => r.kind === 'question' && /\.quote(_|$)/.test(r.id));
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) {
      const content = (QUESTION_CONTENT[q.contentId as keyof typeof QUESTION_CONTENT] ??
        ONDERLING_QUESTION_CONTENT[q.contentId as keyof typeof ONDERLING_QUESTION_CONTENT]) as { quoteSource?: keyof typeof SOURCES };
      expect(q.sources.map((s) => s.id), q.id).toEqual([content.quoteSource]);
      const [source] = q.sources;
      expect(source?.url).toBe(SOURCES[content.quoteSource!].url);
      expect(source?.checked).toBe(SOURCES[content.quoteSource!].checked);
      expect(source?.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('give sector wording the sector’s own sources', () => {
    const po = rows.find((r) => r.id === 'questions.triage.medewerker.title');
    const ko = rows.find((r) => r.id === 'questions.triage.medewerker.title_kinderopvang');
    expect(po?.sources.map((s) => s.id)).toContain('wpo-meldplicht');
    expect(ko?.sources.map((s) => s.id)).toContain('wet-kinderopvang-meldplicht');
    expect(ko?.sources.map((s) => s.id)).not.toContain('wpo-meldplicht');
  });
});

describe('the content review CSV', () => {
  const t = (key: string) => key;
  const tricky: ReviewRow = {
    id: 'questions.x.help',
    kind: 'question',
    contentId: 'x',
    nl: 'Eén; twee "drie"\nvier',
    en: '=SUM(A1)',
    sources: [
      { id: 'veilig-thuis', title: { nl: 'Veilig Thuis', en: 'Veilig Thuis' }, url: 'https://veiligthuis.nl/' },
      { id: 'nji-afwegingskader', title: { nl: 'NJi', en: 'NJi' }, url: 'https://www.nji.nl/', checked: '2026-12-01' },
    ],
  };
  const csv = reviewCsv([tricky], { version: CONTENT_VERSION, reviewed: CONTENT_REVIEWED }, t, 'nl');

  it('opens in Dutch Excel: BOM, semicolons, CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/"[^"]*(""[^"]*)*"/g, '').split('\r\n')[0]).toBe(`\uFEFFreview:meta.version;${CONTENT_VERSION}`);
    expect(csv.replace(/"(?:[^"]|"")*"/g, '""')).not.toMatch(/[^\r]\n/);
  });

  it('reads back every field, with ; " and a line break, and empty columns to mark each row', () => {
    const records = parseCsv(csv.slice(1));
    expect(records[0]).toEqual(['review:meta.version', CONTENT_VERSION]);
    expect(records[1]).toEqual(['review:meta.reviewed', CONTENT_REVIEWED]);
    expect(records[3]).toEqual(['id', 'kind', 'contentId', 'nl', 'en', 'source', 'url', 'checked', 'agreed', 'remark'].map((c) => `review:columns.${c}`));
    expect(records[4]).toEqual([
      'questions.x.help',
      'review:kinds.question',
      'x',
      'Eén; twee "drie"\nvier',
      "'=SUM(A1)",
      'Veilig Thuis\nNJi',
      'https://veiligthuis.nl/\nhttps://www.nji.nl/',
      'review:notChecked\n2026-12-01',
      '',
      '',
    ]);
  });

  it('has one line per content row', () => {
    const all = parseCsv(reviewCsv(rows, { version: CONTENT_VERSION, reviewed: CONTENT_REVIEWED }, t, 'en').slice(1));
    expect(all.length).toBe(rows.length + 4);
    expect(all.slice(4).map((r) => r[0])).toEqual(rows.map((r) => r.id));
  });
});
