import { describe, expect, it } from 'vitest';
import { countsIssueText } from './importMessages';

describe('counts import messages in the page language', () => {
  it('says the importer\'s messages in Dutch, with their values', () => {
    expect(countsIssueText('invalid', 'expected a whole number 0–1000000000', 'nl')).toBe('verwacht een heel getal van 0 tot 1000000000');
    expect(countsIssueText('invalid', 'unknown column "x|y"', 'nl')).toBe('onbekende kolom "x|y"');
    expect(countsIssueText('invalid', 'expected "po" or "vo"', 'nl')).toBe('verwacht "po" of "vo"');
    expect(countsIssueText('unsupported-version', 'expected version 1, got 2', 'nl')).toBe('verwacht versie 1, gevonden 2');
  });

  it('never shows English in Dutch, nor the JSON parser\'s words in either language', () => {
    expect(countsIssueText('invalid', 'some new message', 'nl')).toBe('ongeldige waarde');
    expect(countsIssueText('not-json', 'Unexpected token } in JSON at position 3', 'nl')).toBe('geen geldige JSON');
    expect(countsIssueText('not-json', 'Unexpected token } in JSON at position 3', 'en')).toBe('not valid JSON');
    expect(countsIssueText('invalid', 'unknown field', 'en')).toBe('unknown field');
  });
});
