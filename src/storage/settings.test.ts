import { describe, expect, it } from 'vitest';
import { DEFAULT_SOCIALE_KAART } from '../../content/sociale-kaart';
import { DEFAULT_SETTINGS, checkSetting, settingsFromRows, settingsToFileText, slugify, uniqueSlug, type Settings } from './settings';
import { parseSettingsFile } from './settings.schema';

const settings: Settings = {
  organisation: 'Welstad',
  schools: [
    { id: 'de-hochte', name: 'De Höchte', type: 'po' },
    { id: 'ubbo-emmius-pro', name: 'Ubbo Emmius PrO', type: 'vo' },
  ],
  socialeKaart: DEFAULT_SOCIALE_KAART,
  suppressionThreshold: 7,
  draftExpiryDays: 30,
  idleLockMinutes: 3,
};

describe('settings', () => {
  it('makes stable school ids from names', () => {
    expect(slugify('De Höchte')).toBe('de-hochte');
    expect(slugify('  Sint-Antonius (locatie 2) ')).toBe('sint-antonius-locatie-2');
    expect(slugify('???')).toBe('school');
    expect(uniqueSlug('De Rank', ['de-rank', 'de-rank-2'])).toBe('de-rank-3');
  });

  it('reads damaged stored values back as defaults', () => {
    expect(settingsFromRows([{ key: 'suppressionThreshold', value: 3 }, { key: 'organisation', value: 'Welstad' }, { key: 'x', value: 1 }])).toEqual({
      ...DEFAULT_SETTINGS,
      organisation: 'Welstad',
    });
    expect(checkSetting('suppressionThreshold', 5)).toEqual([]);
    expect(checkSetting('suppressionThreshold', 4)).not.toEqual([]);
  });

  it('exports and imports the settings file', () => {
    const result = parseSettingsFile(settingsToFileText(settings));
    expect(result).toEqual({ ok: true, settings });
  });

  it('refuses a bad settings file with the path of the field', () => {
    const file = JSON.parse(settingsToFileText(settings));
    file.schools[1].type = 'mbo';
    file.suppressionThreshold = 3;
    const result = parseSettingsFile(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(/^schools\[1\]\.type: kies po of vo/m);
      expect(result.message).toMatch(/^suppressionThreshold: minstens 5/m);
    }
    expect(parseSettingsFile('{').ok).toBe(false);
  });
});
