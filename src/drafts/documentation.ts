import { flagsOf, partnerOf } from '../../machines/concern';
import { isPartnerQuestion, type Answer, type QuestionId, type RouteId, type Sector } from '../../machines/ids';
import { QUESTION_CONTENT, type QuestionContent } from '../../content/questions';
import { resolveOutcome } from '../../content/outcomes';
import { SOURCES } from '../../content/sources';
import { AGE_NOTE_KEY, isAgeBand } from '../../content/age';
import { formatDay } from '../ui/formatDay';
import {
  EVALUATION_DUE_KEY,
  FEEDBACK_FIRST_KEY,
  FEEDBACK_SECOND_KEY,
  MELDING_DATE_KEY,
  MELDING_ROLE_KEY,
  OUTCOME_NOTE_KEY,
  childViewKey,
  dateKey,
  noteKey,
} from './note-keys';

/**
 * The documentation export of a concern, made on the device: every answer with its question (the
 * official wording and its source where the meldcode has one), the notes, the dates of the steps as
 * the worker entered them, and the content version. Pure: words come in through `t`, so the same
 * builder serves the screen, print, the clipboard text and the Markdown file, and is unit-tested.
 */

export type Translate = (key: string, options?: Record<string, unknown>) => string;
export type Notes = Record<string, string>;

export interface DocEntry {
  question: QuestionId;
  step?: number;
  /** The question in plain language (what the guide showed as the heading). */
  title: string;
  /** The official wording, verbatim (Dutch), when the meldcode or afwegingskader has one. */
  official?: string;
  /** Title, publisher and year of the official wording's source, with its url. */
  officialSource?: string;
  answer: string;
  note?: string;
  /** The child's own view, in its own words (issue 14 §2), where the guide asks for it. */
  childView?: string;
  /** 'YYYY-MM-DD' as entered. */
  date?: string;
}

export interface Documentation {
  title: string;
  sector: string;
  /** The outcome title (route, or "help is under way" while waiting); absent mid-route. */
  outcome?: string;
  route?: RouteId;
  flags: string[];
  partner?: string;
  /** The child's age band as chosen in the guide ("12 tot 16 jaar"), if any. */
  ageBand?: string;
  entries: DocEntry[];
  outcomeNote?: string;
  outcomeDate?: string;
  evaluationDue?: string;
  /**
   * After a melding (route veilig-thuis; issue 14 §1): its date, what was agreed about the worker's
   * own role, and the days Veilig Thuis gave feedback ('YYYY-MM-DD' as entered). Present on that route
   * only, so the export always asks for the role even when it is still empty.
   */
  afterMelding?: { date?: string; role?: string; firstFeedback?: string; secondFeedback?: string };
  contentVersion: string;
  /** 'YYYY-MM-DD': the day the content was last compared with its sources (content/version.ts). */
  contentReviewed: string;
  exportedOn: string;
}

export interface DocumentationInput {
  answers: readonly Answer[];
  notes: Notes;
  sector: Sector;
  route?: RouteId;
  waiting: boolean;
  contentVersion: string;
  /** 'YYYY-MM-DD': CONTENT_REVIEWED */
  contentReviewed: string;
  /** 'YYYY-MM-DD' */
  exportedOn: string;
  /** Name of a partner id from the sociale kaart. */
  partnerName(id: string): string;
}

const nonEmpty = (text: string | undefined) => (text && text.trim().length > 0 ? text : undefined);

export function buildDocumentation(input: DocumentationInput, t: Translate): Documentation {
  const { answers, notes, sector } = input;
  const ctx = { context: sector, defaultValue: '' };
  const entries: DocEntry[] = answers.map(([question, value]) => {
    const content: QuestionContent = QUESTION_CONTENT[question];
    const official = nonEmpty(t(`guide:questions.${question}.quote`, ctx));
    const source = content.quoteSource ? SOURCES[content.quoteSource] : undefined;
    return {
      question,
      step: content.step,
      title: t(`guide:questions.${question}.title`, ctx),
      official,
      officialSource:
        official && source && content.quoteSource
          ? `${t(`guide:sources.${content.quoteSource}.title`)} (${source.publisher}, ${source.year}) ${source.url}`
          : undefined,
      answer: isPartnerQuestion(question) ? input.partnerName(value) : t(`guide:answers.${question}.${value}`, ctx),
      note: nonEmpty(notes[noteKey(question)]),
      childView: nonEmpty(notes[childViewKey(question)]),
      date: nonEmpty(notes[dateKey(question)]),
    };
  });
  const flags = flagsOf(answers).map((f) => t(`guide:flags.${f}`));
  let outcome: string | undefined;
  if (input.route) {
    outcome = input.waiting
      ? t('guide:waiting.title', ctx)
      : t(`guide:outcomes.${resolveOutcome(input.route, flagsOf(answers), answers).key}.title`, ctx);
  }
  const partnerId = partnerOf(answers);
  const age = notes[AGE_NOTE_KEY];
  return {
    title: t('drafts:doc.title'),
    sector: t(`common:sectors.${sector}`),
    outcome,
    route: input.route,
    flags,
    partner: partnerId ? input.partnerName(partnerId) : undefined,
    ageBand: isAgeBand(age) ? t(`guide:age.bands.${age}`) : undefined,
    entries,
    outcomeNote: nonEmpty(notes[OUTCOME_NOTE_KEY]),
    outcomeDate: nonEmpty(notes[dateKey(OUTCOME_NOTE_KEY)]),
    evaluationDue: input.waiting ? nonEmpty(notes[EVALUATION_DUE_KEY]) : undefined,
    afterMelding:
      input.route === 'veilig-thuis' && !input.waiting
        ? {
            date: nonEmpty(notes[MELDING_DATE_KEY]),
            role: nonEmpty(notes[MELDING_ROLE_KEY]),
            firstFeedback: nonEmpty(notes[FEEDBACK_FIRST_KEY]),
            secondFeedback: nonEmpty(notes[FEEDBACK_SECOND_KEY]),
          }
        : undefined,
    contentVersion: input.contentVersion,
    contentReviewed: input.contentReviewed,
    exportedOn: input.exportedOn,
  };
}

// The drafts' pages import the day format from here.
export { formatDay };

/** Text pasted into a record system can be rendered as HTML or Markdown there; keep notes inert. */
function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/^([#*+\-=|`]|\d+\.)/gm, '\\$1');
}

const quoteLines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => `> ${line}`.trimEnd())
    .join('\n');

export function toMarkdown(doc: Documentation, t: Translate, language: string): string {
  const day = (d?: string) => (d ? formatDay(d, language) : t('drafts:doc.noDate'));
  const out: string[] = [`# ${doc.title}`, ''];
  out.push(`- ${t('drafts:doc.sector')}: ${doc.sector}`);
  if (doc.outcome) out.push(`- ${t('drafts:doc.outcome')}: ${doc.outcome}`);
  if (doc.partner) out.push(`- ${t('drafts:doc.partner')}: ${doc.partner}`);
  if (doc.ageBand) out.push(`- ${t('drafts:doc.ageBand')}: ${doc.ageBand}`);
  if (doc.flags.length > 0) out.push(`- ${t('drafts:doc.flags')}: ${doc.flags.join(', ')}`);
  if (doc.evaluationDue) out.push(`- ${t('drafts:doc.evaluationDue')}: ${day(doc.evaluationDue)}`);
  out.push(`- ${t('drafts:doc.exportedOn')}: ${day(doc.exportedOn)}`);
  out.push(`- ${t('drafts:doc.contentVersion')}: ${doc.contentVersion}`);
  out.push(`- ${t('drafts:doc.contentReviewed')}: ${day(doc.contentReviewed)}`);
  out.push('', `> ${t('drafts:doc.warning')}`, '');
  doc.entries.forEach((e, i) => {
    out.push(`## ${i + 1}. ${e.title}`, '');
    if (e.step) out.push(`${t('drafts:doc.step', { step: e.step })}`, '');
    if (e.official) {
      out.push(`${t('drafts:doc.official')}:`, '', quoteLines(e.official), '');
      if (e.officialSource) out.push(`${t('drafts:doc.source')}: ${e.officialSource}`, '');
    }
    out.push(`**${t('drafts:doc.answer')}:** ${e.answer}`, '');
    out.push(`**${t('drafts:doc.date')}:** ${day(e.date)}`, '');
    out.push(`**${t('drafts:doc.note')}:**`, '', e.note ? quoteLines(escapeMarkdown(e.note)) : `_${t('drafts:doc.noNote')}_`, '');
    if (e.childView) out.push(`**${t('drafts:doc.childView')}:**`, '', quoteLines(escapeMarkdown(e.childView)), '');
  });
  if (doc.outcome) {
    out.push(`## ${t('drafts:doc.outcomeNote')}`, '');
    out.push(`**${t('drafts:doc.date')}:** ${day(doc.outcomeDate)}`, '');
    out.push(doc.outcomeNote ? quoteLines(escapeMarkdown(doc.outcomeNote)) : `_${t('drafts:doc.noNote')}_`, '');
  }
  if (doc.afterMelding) {
    const a = doc.afterMelding;
    out.push(`## ${t('drafts:doc.afterMelding')}`, '');
    out.push(`**${t('drafts:doc.meldingDate')}:** ${day(a.date)}`, '');
    out.push(`**${t('drafts:doc.firstFeedback')}:** ${day(a.firstFeedback)}`, '');
    out.push(`**${t('drafts:doc.secondFeedback')}:** ${day(a.secondFeedback)}`, '');
    out.push(`**${t('drafts:doc.role')}:**`, '', a.role ? quoteLines(escapeMarkdown(a.role)) : `_${t('drafts:doc.noNote')}_`, '');
  }
  return out.join('\n');
}

export function toPlainText(doc: Documentation, t: Translate, language: string): string {
  const day = (d?: string) => (d ? formatDay(d, language) : t('drafts:doc.noDate'));
  const indent = (text: string) =>
    text
      .split(/\r?\n/)
      .map((l) => `    ${l}`.trimEnd())
      .join('\n');
  const out: string[] = [doc.title.toUpperCase(), ''];
  out.push(`${t('drafts:doc.sector')}: ${doc.sector}`);
  if (doc.outcome) out.push(`${t('drafts:doc.outcome')}: ${doc.outcome}`);
  if (doc.partner) out.push(`${t('drafts:doc.partner')}: ${doc.partner}`);
  if (doc.ageBand) out.push(`${t('drafts:doc.ageBand')}: ${doc.ageBand}`);
  if (doc.flags.length > 0) out.push(`${t('drafts:doc.flags')}: ${doc.flags.join(', ')}`);
  if (doc.evaluationDue) out.push(`${t('drafts:doc.evaluationDue')}: ${day(doc.evaluationDue)}`);
  out.push(`${t('drafts:doc.exportedOn')}: ${day(doc.exportedOn)}`);
  out.push(`${t('drafts:doc.contentVersion')}: ${doc.contentVersion}`);
  out.push(`${t('drafts:doc.contentReviewed')}: ${day(doc.contentReviewed)}`, '');
  doc.entries.forEach((e, i) => {
    out.push(`${i + 1}. ${e.title}${e.step ? ` (${t('drafts:doc.step', { step: e.step })})` : ''}`);
    if (e.official) {
      out.push(`  ${t('drafts:doc.official')}: "${e.official}"`);
      if (e.officialSource) out.push(`  ${t('drafts:doc.source')}: ${e.officialSource}`);
    }
    out.push(`  ${t('drafts:doc.answer')}: ${e.answer}`);
    out.push(`  ${t('drafts:doc.date')}: ${day(e.date)}`);
    out.push(`  ${t('drafts:doc.note')}:`, e.note ? indent(e.note) : `    ${t('drafts:doc.noNote')}`);
    if (e.childView) out.push(`  ${t('drafts:doc.childView')}:`, indent(e.childView));
    out.push('');
  });
  if (doc.outcome) {
    out.push(`${t('drafts:doc.outcomeNote')}`, `  ${t('drafts:doc.date')}: ${day(doc.outcomeDate)}`);
    out.push(doc.outcomeNote ? indent(doc.outcomeNote) : `    ${t('drafts:doc.noNote')}`, '');
  }
  if (doc.afterMelding) {
    const a = doc.afterMelding;
    out.push(`${t('drafts:doc.afterMelding')}`);
    out.push(`  ${t('drafts:doc.meldingDate')}: ${day(a.date)}`);
    out.push(`  ${t('drafts:doc.firstFeedback')}: ${day(a.firstFeedback)}`);
    out.push(`  ${t('drafts:doc.secondFeedback')}: ${day(a.secondFeedback)}`);
    out.push(`  ${t('drafts:doc.role')}:`, a.role ? indent(a.role) : `    ${t('drafts:doc.noNote')}`, '');
  }
  return out.join('\n');
}

/** A file name that says what it is and when, and nothing about the child. */
export function fileNameOf(doc: Documentation): string {
  return `zorgroute-documentatie-${doc.exportedOn}.md`;
}
