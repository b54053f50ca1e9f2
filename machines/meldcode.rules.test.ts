import { getStateNodes } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { concernMachine, type ConcernEvent, type ConcernInput, type ConcernMeta } from './concern.machine';
import {
  allowedValues,
  expectedQuestion,
  flagsOf,
  isReview,
  isWaiting,
  partnerOf,
  questionOf,
  replay,
  routeOf,
  stepOf,
} from './concern';
import {
  DEFAULT_PARTNERS,
  FLAGS,
  NON_REFERRAL_PARTNERS,
  QUESTION_IDS,
  ROUTES,
  SECTORS,
  type Answer,
  type QuestionId,
} from './ids';
import { pathRows } from './paths';

/** The rules of shared/MELDCODE.md §2–5, one by one, against the real machine. */

type A = [QuestionId, string];
const TRIAGE_TO_MELDCODE: A[] = [['triage.acuut', 'nee'], ['triage.medewerker', 'nee'], ['triage.signalen', 'ja']];
const TRIAGE_TO_SUPPORT: A[] = [['triage.acuut', 'nee'], ['triage.medewerker', 'nee'], ['triage.signalen', 'nee']];
const STEPS_1_TO_3: A[] = [
  ['stap1.signalen', 'vastgelegd'],
  ['stap2.bijzonder', 'nee'],
  ['stap2.consultatie', 'collega'],
  ['stap3.gesprek', 'gevoerd'],
];
const TO_AFWEGING_1: A[] = [...TRIAGE_TO_MELDCODE, ...STEPS_1_TO_3];
const TO_HULP_PARTNER: A[] = [
  ...TO_AFWEGING_1,
  ['afweging.1', 'ja'],
  ['afweging.2', 'nee'],
  ['afweging.3', 'ja'],
  ['afweging.4', 'ja'],
];

function ok(answers: readonly Answer[], input?: ConcernInput) {
  const result = replay(answers, input);
  expect(result.rejected, JSON.stringify(result.rejected)).toBeUndefined();
  return result.snapshot;
}

function actorAfter(answers: readonly Answer[], input: ConcernInput = {}) {
  const actor = createActor(concernMachine, { input }).start();
  for (const [question, value] of answers) actor.send({ type: 'ANSWER', question, value });
  expect(actor.getSnapshot().context.answers).toEqual(answers);
  return actor;
}

/** The default partners the machine accepts as steun.partner / hulp.partner (all but Veilig Thuis). */
const REFERRAL_PARTNERS = Object.keys(DEFAULT_PARTNERS).filter((p) => !NON_REFERRAL_PARTNERS.includes(p));

const stateNodes = getStateNodes(concernMachine.root);
const rows = pathRows();
const metas = stateNodes.map((n) => (n.meta ?? {}) as ConcernMeta);

describe('MELDCODE.md ids exist in the machine', () => {
  it('every question id is asked in some state', () => {
    const asked = new Set(metas.map((m) => m.question).filter(Boolean));
    expect([...asked].sort()).toEqual([...QUESTION_IDS].sort());
  });

  it('every route id is the route of some state', () => {
    const routes = new Set(metas.map((m) => m.route).filter(Boolean));
    expect([...routes].sort()).toEqual([...ROUTES].sort());
  });

  it('every flag is derivable from some path of answers', () => {
    const flags = new Set(rows.flatMap((r) => r.flags));
    expect([...flags].sort()).toEqual([...FLAGS].sort());
  });

  it('the steps of the meldcode are 1–5 in order along the meldcode', () => {
    const steps = TO_HULP_PARTNER.slice(3).map((_, i) => stepOf(ok(TO_HULP_PARTNER.slice(0, 3 + i))));
    expect(steps).toEqual([1, 2, 2, 3, 4, 4, 5, 5]);
  });
});

describe('triage (§2)', () => {
  it('starts with triage.acuut', () => {
    expect(questionOf(ok([]))).toBe('triage.acuut');
  });

  it('triage.acuut ja → veilig-thuis with flag acuut, nothing more asked', () => {
    const s = ok([['triage.acuut', 'ja']]);
    expect(routeOf(s)).toBe('veilig-thuis');
    expect(flagsOf(s.context.answers)).toEqual(['acuut']);
    expect(expectedQuestion(s)).toBeUndefined();
    // The numbers come first: no "check your answers" between the answer and the 112 page (issue 12).
    expect(isReview(s)).toBe(false);
    expect(s.matches({ outcome: { veiligThuis: 'done' } })).toBe(true);
    // The one answer can still be changed from there.
    expect(s.can({ type: 'BACK' })).toBe(true);
  });

  it('only the acute answer skips "check your answers"', () => {
    const s = ok([['triage.acuut', 'nee'], ['triage.medewerker', 'ja']]);
    expect(isReview(s)).toBe(true);
  });

  it('triage.medewerker ja → meldplicht-bestuur (not the meldcode)', () => {
    const s = ok([['triage.acuut', 'nee'], ['triage.medewerker', 'ja']]);
    expect(routeOf(s)).toBe('meldplicht-bestuur');
    expect(flagsOf(s.context.answers)).toEqual([]);
    expect(stepOf(s)).toBeUndefined();
  });

  it('triage.signalen ja → meldcode stap 1; nee → support route', () => {
    expect(questionOf(ok(TRIAGE_TO_MELDCODE))).toBe('stap1.signalen');
    expect(questionOf(ok(TRIAGE_TO_SUPPORT))).toBe('steun.advies');
  });
});

describe('meldcode (§3)', () => {
  const toConsultatie = (bijzonder: string): A[] => [
    ...TRIAGE_TO_MELDCODE,
    ['stap1.signalen', 'vastgelegd'],
    ['stap2.bijzonder', bijzonder],
  ];

  it('stap2.bijzonder = ja refuses collega and accepts veilig-thuis or beide', () => {
    const { rejected } = replay([...toConsultatie('ja'), ['stap2.consultatie', 'collega']]);
    expect(rejected).toMatchObject({ question: 'stap2.consultatie', value: 'collega', reason: 'value-not-allowed' });
    expect(allowedValues(ok(toConsultatie('ja')))).toEqual(['veilig-thuis', 'beide']);
    expect(allowedValues(ok(toConsultatie('nee')))).toEqual(['collega', 'veilig-thuis', 'beide']);
  });

  it('consulting Veilig Thuis in stap 2 sets vt-advies; a colleague alone does not', () => {
    for (const [value, flags] of [['collega', []], ['veilig-thuis', ['vt-advies']], ['beide', ['vt-advies']]] as const) {
      const s = ok([...toConsultatie('nee'), ['stap2.consultatie', value]]);
      expect(flagsOf(s.context.answers)).toEqual(flags);
    }
  });

  it('stap3.gesprek may be held or skipped; both go on to afweging.1', () => {
    for (const value of ['gevoerd', 'overgeslagen']) {
      expect(questionOf(ok([...TO_AFWEGING_1.slice(0, -1), ['stap3.gesprek', value]]))).toBe('afweging.1');
    }
  });

  it('afweging.1 nee → afgesloten', () => {
    expect(routeOf(ok([...TO_AFWEGING_1, ['afweging.1', 'nee']]))).toBe('afgesloten');
  });

  const decisionsToReport: Array<[string, A[]]> = [
    ['afweging.2 ja', [...TO_AFWEGING_1, ['afweging.1', 'ja'], ['afweging.2', 'ja']]],
    ['afweging.3 nee', [...TO_AFWEGING_1, ['afweging.1', 'ja'], ['afweging.2', 'nee'], ['afweging.3', 'nee']]],
    ['afweging.4 nee', [...TO_HULP_PARTNER.slice(0, -1), ['afweging.4', 'nee']]],
    ['afweging.5 nee', [...TO_HULP_PARTNER, ['hulp.partner', 'gezinscoaching'], ['afweging.5', 'nee']]],
  ];
  it.each(decisionsToReport)('%s passes through melden.geinformeerd before veilig-thuis', (_, answers) => {
    const before = ok(answers);
    expect(questionOf(before)).toBe('melden.geinformeerd');
    expect(routeOf(before)).toBeUndefined();
    expect(allowedValues(before)).toEqual(['ja', 'nee-veiligheid', 'nee-contact']);
    for (const value of ['ja', 'nee-veiligheid', 'nee-contact']) {
      const after = ok([...answers, ['melden.geinformeerd', value]]);
      expect(routeOf(after)).toBe('veilig-thuis');
    }
  });

  it('every veilig-thuis path through the afwegingen ends with melden.geinformeerd', () => {
    const vtRows = rows.filter((r) => r.route === 'veilig-thuis');
    for (const row of vtRows) {
      if (row.flags.includes('acuut')) expect(row.answers).toEqual([['triage.acuut', 'ja']]);
      else expect(row.answers.at(-1)?.[0]).toBe('melden.geinformeerd');
    }
  });

  it('afweging.4 ja → hulp.partner → waiting with route by the partner kind (every default referral partner)', () => {
    expect(questionOf(ok(TO_HULP_PARTNER))).toBe('hulp.partner');
    expect(allowedValues(ok(TO_HULP_PARTNER))).toEqual(REFERRAL_PARTNERS);
    for (const partner of REFERRAL_PARTNERS) {
      const kind = DEFAULT_PARTNERS[partner];
      const s = ok([...TO_HULP_PARTNER, ['hulp.partner', partner]]);
      expect(isWaiting(s)).toBe(true);
      expect(routeOf(s)).toBe(kind === 'internal' ? 'intern' : 'extern');
      expect(partnerOf(s.context.answers)).toBe(partner);
      expect(stepOf(s)).toBe(5);
    }
  });

  it('hulp.partner refuses veilig-thuis (never a referral partner, §5 version 2), also on a custom kaart', () => {
    expect(replay([...TO_HULP_PARTNER, ['hulp.partner', 'veilig-thuis']]).rejected).toMatchObject({
      question: 'hulp.partner',
      value: 'veilig-thuis',
      reason: 'value-not-allowed',
    });
    const partners = { 'veilig-thuis': 'internal', wijkteam: 'external' } as const;
    expect(replay([...TO_HULP_PARTNER, ['hulp.partner', 'veilig-thuis']], { partners }).rejected?.reason).toBe('value-not-allowed');
    expect(allowedValues(ok(TO_HULP_PARTNER, { partners }))).toEqual(['wijkteam']);
  });

  it('hulp.partner refuses an id that is not on the sociale kaart; a custom kaart decides the kind', () => {
    expect(replay([...TO_HULP_PARTNER, ['hulp.partner', 'onbekend']]).rejected).toMatchObject({
      question: 'hulp.partner',
      reason: 'value-not-allowed',
    });
    const partners = { 'eigen-team': 'internal', 'ggd-zuid': 'external' } as const;
    expect(routeOf(ok([...TO_HULP_PARTNER, ['hulp.partner', 'eigen-team']], { partners }))).toBe('intern');
    expect(routeOf(ok([...TO_HULP_PARTNER, ['hulp.partner', 'ggd-zuid']], { partners }))).toBe('extern');
    expect(replay([...TO_HULP_PARTNER, ['hulp.partner', 'cjg']], { partners }).rejected?.reason).toBe('value-not-allowed');
  });

  it.each([
    ['gezinscoaching', 'hulpIntern'],
    ['cjg', 'hulpExtern'],
  ])('waiting after %s: confirm, evaluate later; afweging.5 ja → afgesloten, nee → melden.geinformeerd → veilig-thuis', (partner, state) => {
    for (const [a5, route] of [['ja', 'afgesloten'], ['nee', undefined]] as const) {
      const actor = actorAfter([...TO_HULP_PARTNER, ['hulp.partner', partner]]);
      expect(isReview(actor.getSnapshot())).toBe(true);
      actor.send({ type: 'CONFIRM' });
      expect(actor.getSnapshot().value).toEqual({ meldcode: { [state]: 'lopend' } });
      expect(questionOf(actor.getSnapshot())).toBeUndefined();
      expect(expectedQuestion(actor.getSnapshot())).toBe('afweging.5');
      actor.send({ type: 'EVALUATE' });
      expect(questionOf(actor.getSnapshot())).toBe('afweging.5');
      expect(routeOf(actor.getSnapshot())).toBe(partner === 'cjg' ? 'extern' : 'intern');
      actor.send({ type: 'ANSWER', question: 'afweging.5', value: a5 });
      expect(routeOf(actor.getSnapshot())).toBe(route);
      if (a5 === 'nee') {
        expect(questionOf(actor.getSnapshot())).toBe('melden.geinformeerd');
        actor.send({ type: 'ANSWER', question: 'melden.geinformeerd', value: 'ja' });
        expect(routeOf(actor.getSnapshot())).toBe('veilig-thuis');
      }
      actor.stop();
    }
  });

  it('BACK from the outcome after afweging.5 returns to afweging.5 in the waiting state of the partner kind', () => {
    for (const [partner, state] of [['gezinscoaching', 'hulpIntern'], ['cjg', 'hulpExtern']]) {
      const actor = actorAfter([...TO_HULP_PARTNER, ['hulp.partner', partner], ['afweging.5', 'ja']]);
      actor.send({ type: 'BACK' });
      expect(actor.getSnapshot().value).toEqual({ meldcode: { [state]: 'evaluatie' } });
      actor.send({ type: 'BACK' });
      expect(questionOf(actor.getSnapshot())).toBe('hulp.partner');
      actor.stop();
    }
  });
});

describe('support route (§4)', () => {
  it('steun.advies ja → advies; steun.begeleiding ja → begeleiding', () => {
    expect(routeOf(ok([...TRIAGE_TO_SUPPORT, ['steun.advies', 'ja']]))).toBe('advies');
    expect(routeOf(ok([...TRIAGE_TO_SUPPORT, ['steun.advies', 'nee'], ['steun.begeleiding', 'ja']]))).toBe('begeleiding');
  });

  const toIntern: A[] = [...TRIAGE_TO_SUPPORT, ['steun.advies', 'nee'], ['steun.begeleiding', 'nee']];
  const internal = REFERRAL_PARTNERS.filter((p) => DEFAULT_PARTNERS[p] === 'internal');
  const external = REFERRAL_PARTNERS.filter((p) => DEFAULT_PARTNERS[p] === 'external');

  it('steun.intern picks a partner of the matching kind', () => {
    expect(allowedValues(ok([...toIntern, ['steun.intern', 'ja']]))).toEqual(internal);
    expect(allowedValues(ok([...toIntern, ['steun.intern', 'nee']]))).toEqual(external);
    expect(replay([...toIntern, ['steun.intern', 'ja'], ['steun.partner', 'cjg']]).rejected).toMatchObject({
      question: 'steun.partner',
      reason: 'value-not-allowed',
    });
    expect(replay([...toIntern, ['steun.intern', 'nee'], ['steun.partner', 'gezinscoaching']]).rejected?.reason).toBe(
      'value-not-allowed',
    );
  });

  it('steun.partner refuses veilig-thuis after steun.intern = nee or ja (never a referral partner, §5 version 2)', () => {
    expect(external).not.toContain('veilig-thuis');
    for (const intern of ['ja', 'nee']) {
      expect(replay([...toIntern, ['steun.intern', intern], ['steun.partner', 'veilig-thuis']]).rejected).toMatchObject({
        question: 'steun.partner',
        value: 'veilig-thuis',
        reason: 'value-not-allowed',
      });
    }
  });

  it('steun.toestemming ja → intern/extern by the partner kind; nee → begeleiding', () => {
    for (const partner of REFERRAL_PARTNERS) {
      const kind = DEFAULT_PARTNERS[partner];
      const base: A[] = [...toIntern, ['steun.intern', kind === 'internal' ? 'ja' : 'nee'], ['steun.partner', partner]];
      expect(questionOf(ok(base))).toBe('steun.toestemming');
      expect(routeOf(ok([...base, ['steun.toestemming', 'ja']]))).toBe(kind === 'internal' ? 'intern' : 'extern');
      expect(routeOf(ok([...base, ['steun.toestemming', 'nee']]))).toBe('begeleiding');
      expect(isWaiting(ok([...base, ['steun.toestemming', 'ja']]))).toBe(false);
    }
  });

  const supportStops: A[][] = [
    [],
    [['steun.advies', 'nee']],
    [['steun.advies', 'nee'], ['steun.begeleiding', 'nee']],
    [['steun.advies', 'nee'], ['steun.begeleiding', 'nee'], ['steun.intern', 'ja']],
    [['steun.advies', 'nee'], ['steun.begeleiding', 'nee'], ['steun.intern', 'nee'], ['steun.partner', 'cjg']],
    [['steun.advies', 'ja']],
    [['steun.advies', 'nee'], ['steun.begeleiding', 'ja']],
    [['steun.advies', 'nee'], ['steun.begeleiding', 'nee'], ['steun.intern', 'ja'], ['steun.partner', 'buurtwerk'], ['steun.toestemming', 'ja']],
    [['steun.advies', 'nee'], ['steun.begeleiding', 'nee'], ['steun.intern', 'nee'], ['steun.partner', 'ggz'], ['steun.toestemming', 'ja']],
    [['steun.advies', 'nee'], ['steun.begeleiding', 'nee'], ['steun.intern', 'nee'], ['steun.partner', 'ggz'], ['steun.toestemming', 'nee']],
  ];
  it.each(supportStops.map((a) => [a.map(([q, v]) => `${q}=${v}`).join(', ') || '(start)', a] as const))(
    'SAFETY_CONCERN at %s enters the meldcode with triage.signalen = ja',
    (_, tail) => {
      for (const confirm of [false, true]) {
        const actor = actorAfter([...TRIAGE_TO_SUPPORT, ...tail]);
        if (confirm) actor.send({ type: 'CONFIRM' });
        actor.send({ type: 'SAFETY_CONCERN' });
        const s = actor.getSnapshot();
        expect(s.context.answers).toEqual(TRIAGE_TO_MELDCODE);
        expect(questionOf(s)).toBe('stap1.signalen');
        // The same state as answering triage.signalen = ja in the first place.
        expect(s.value).toEqual(ok(TRIAGE_TO_MELDCODE).value);
        actor.stop();
      }
    },
  );

  it('SAFETY_CONCERN does nothing in triage or inside the meldcode', () => {
    for (const answers of [[], TRIAGE_TO_MELDCODE, TO_HULP_PARTNER, [['triage.acuut', 'ja']]] as A[][]) {
      expect(ok(answers).can({ type: 'SAFETY_CONCERN' })).toBe(false);
    }
  });
});

describe('sector (§7) is context, not routing', () => {
  it('every path reaches the same state in every sector, with the sector in the context', () => {
    for (const row of rows) {
      const po = ok(row.answers, { sector: 'po' });
      for (const sector of SECTORS) {
        const s = ok(row.answers, { sector });
        expect(s.value).toEqual(po.value);
        expect(s.context.answers).toEqual(po.context.answers);
        expect(s.context.sector).toBe(sector);
      }
    }
  }, 30_000);

  it('defaults to po', () => {
    expect(ok([]).context.sector).toBe('po');
  });
});

describe('navigation', () => {
  it('EDIT and BACK are refused where there is nothing to go back to', () => {
    const s = ok([['triage.acuut', 'nee']]);
    expect(ok([]).can({ type: 'BACK' })).toBe(false);
    expect(s.can({ type: 'EDIT', question: 'triage.signalen' } as ConcernEvent)).toBe(false);
    expect(s.can({ type: 'EDIT', question: 'triage.acuut' } as ConcernEvent)).toBe(true);
  });

  it('CONFIRM on check-your-answers reaches a final state that keeps the route', () => {
    const actor = actorAfter([...TRIAGE_TO_SUPPORT, ['steun.advies', 'ja']]);
    actor.send({ type: 'CONFIRM' });
    expect(actor.getSnapshot().value).toEqual({ outcome: { advies: 'done' } });
    expect(routeOf(actor.getSnapshot())).toBe('advies');
    expect(isReview(actor.getSnapshot())).toBe(false);
    actor.stop();
  });
});
