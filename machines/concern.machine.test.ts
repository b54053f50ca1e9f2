import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { concernMachine } from './concern.machine';
import { allowedValues, flagsOf, questionOf, replay, routeOf } from './concern';

describe('concern machine (smoke)', () => {
  it('starts at triage.acuut', () => {
    const actor = createActor(concernMachine, { input: {} }).start();
    expect(questionOf(actor.getSnapshot())).toBe('triage.acuut');
  });

  it('reaches veilig-thuis along the MELDCODE.md §7 example', () => {
    const { snapshot, rejected } = replay([
      ['triage.acuut', 'nee'], ['triage.medewerker', 'nee'], ['triage.signalen', 'ja'],
      ['stap1.signalen', 'vastgelegd'], ['stap2.bijzonder', 'nee'], ['stap2.consultatie', 'beide'],
      ['stap3.gesprek', 'gevoerd'], ['afweging.1', 'ja'], ['afweging.2', 'ja'], ['melden.geinformeerd', 'ja'],
    ]);
    expect(rejected).toBeUndefined();
    expect(routeOf(snapshot)).toBe('veilig-thuis');
    expect(flagsOf(snapshot.context.answers)).toEqual(['vt-advies']);
  });

  it('refuses collega after honour-related violence', () => {
    const { rejected } = replay([
      ['triage.acuut', 'nee'], ['triage.medewerker', 'nee'], ['triage.signalen', 'ja'],
      ['stap1.signalen', 'vastgelegd'], ['stap2.bijzonder', 'ja'], ['stap2.consultatie', 'collega'],
    ]);
    expect(rejected).toMatchObject({ question: 'stap2.consultatie', reason: 'value-not-allowed' });
  });

  it('offers only partners of the kind asked', () => {
    const { snapshot } = replay([
      ['triage.acuut', 'nee'], ['triage.medewerker', 'nee'], ['triage.signalen', 'nee'],
      ['steun.advies', 'nee'], ['steun.begeleiding', 'nee'], ['steun.intern', 'ja'],
    ]);
    expect(allowedValues(snapshot)).toEqual([
      'gezinscoaching', 'buurtwerk', 'buurtwerk-sport', 'buurtmaatschappelijk-werk', 'jongerenwerk', 'voorschools-maatschappelijk-werk',
    ]);
  });
});
