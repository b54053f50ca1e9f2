/**
 * The counts importer (storage) says what is wrong with a file in English, for the command line and
 * its tests. A Dutch page shows no English (issue 12 item 7): its folded technical details use these
 * Dutch words. A message that is not known here is shown as a generic "ongeldige waarde" rather
 * than in English; the path still says where to look.
 */
const NL: [RegExp, string][] = [
  [/^expected a JSON object$/, 'verwacht een object { … }'],
  [/^expected an object$/, 'verwacht een object { … }'],
  [/^expected "po" or "vo"$/, 'verwacht "po" of "vo"'],
  [/^expected "(.*)"$/, 'verwacht "$1"'],
  [/^expected version (\d+), got (.*)$/, 'verwacht versie $1, gevonden $2'],
  [/^unknown field$/, 'onbekend veld'],
  [/^expected a string of 1–(\d+) characters$/, 'verwacht een tekst van 1 tot $1 tekens'],
  [/^expected a month YYYY-MM$/, 'verwacht een maand JJJJ-MM'],
  [/^expected a list of at most (\d+) schools$/, 'verwacht een lijst van hoogstens $1 scholen'],
  [/^expected a lower-case id \(a-z, 0-9, -\)$/, 'verwacht een id in kleine letters (a-z, 0-9, -)'],
  [/^school id "(.*)" occurs twice$/, 'school-id "$1" staat er twee keer in'],
  [/^expected a name of 1–(\d+) characters$/, 'verwacht een naam van 1 tot $1 tekens'],
  [/^expected a list of column ids$/, 'verwacht een lijst van kolommen'],
  [/^unknown column (.*)$/, 'onbekende kolom $1'],
  [/^column "(.*)" occurs twice$/, 'kolom "$1" staat er twee keer in'],
  [/^expected an installation id of 8–64 letters, digits or -$/, 'verwacht een installatie-id van 8 tot 64 letters, cijfers of -'],
  [/^expected a row key YYYY-MM\|schoolId$/, 'verwacht een rij JJJJ-MM|schoolId'],
  [/^expected a list of (\d+) counts, one per column$/, 'verwacht een lijst van $1 aantallen, één per kolom'],
  [/^expected a whole number 0–(\d+)$/, 'verwacht een heel getal van 0 tot $1'],
];

/** The importer's message in the page's language. `code` not-json: the JSON parser's words are never shown. */
export function countsIssueText(code: string, message: string, language: 'nl' | 'en'): string {
  if (code === 'not-json') return language === 'nl' ? 'geen geldige JSON' : 'not valid JSON';
  if (language === 'en') return message;
  for (const [pattern, nl] of NL) if (pattern.test(message)) return message.replace(pattern, nl);
  return 'ongeldige waarde';
}

/** A counts file above this is refused before it is read; a real one (50 schools, 2 years, 20 workers) is about 7 MB. */
export const MAX_COUNTS_FILE_BYTES = 20 * 1024 * 1024;
/** At most this many files in one import. */
export const MAX_COUNTS_FILES = 200;
