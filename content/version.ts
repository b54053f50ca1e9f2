/**
 * The version of the content (questions, quotes, outcome texts, sources, default sociale kaart).
 * Every export carries it, so a verantwoording or a dossier report can be traced to the wording
 * that was shown.
 *
 * Bump it (YYYY.MM.N: year and month of the change, N counting changes within that month) whenever
 * the meaning of what is shown changes: a quote, a source, an outcome's next actions, a question's
 * wording or help, or the default sociale kaart. Typos and pure translation fixes in `en` that
 * leave the meaning intact do not need a bump.
 */
export const CONTENT_VERSION = '2026.12.3';

/**
 * The day the content was last reviewed: the texts compared with their sources (the `checked` dates
 * in content/sources.ts, domain contract version 2). Shown in the footer, the documentation export and
 * the review export (#/inhoud), so an organisation signing the content off knows how fresh it is.
 * Update it together with `checked` when the content is compared again.
 */
export const CONTENT_REVIEWED = '2026-12-02';
