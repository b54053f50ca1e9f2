import type { Answer, PartnerKind, QuestionId, RouteId } from './ids';

/**
 * A second, deliberately naive reading of the tables of shared/MELDCODE.md §2–5 (version 2), for the
 * property tests only: the concern machine is checked against it, so it must not share the machine's
 * code. It imports only types, restates every question's values from the document, and walks the
 * answers with plain `switch` statements. The app never loads it.
 */

export interface OracleResult {
  /** Index of the first answer the tables refuse; undefined when all are taken. */
  refusedAt?: number;
  /** The question the tables ask next (afweging.5 while help runs); undefined at a route's end. */
  asks?: QuestionId;
  /** The route reached: an end, or intern/extern while help runs after hulp.partner. */
  route?: RouteId;
  /** Help runs (after hulp.partner, until afweging.5). */
  waiting: boolean;
  /** Every answer the tables take next (partners in the order of `partners`). */
  accepts: Answer[];
}

/** The values of each question, from the tables of MELDCODE.md (partner questions: see below). */
const VALUES: Partial<Record<QuestionId, readonly string[]>> = {
  'triage.acuut': ['ja', 'nee'],
  'triage.medewerker': ['ja', 'nee'],
  'triage.signalen': ['ja', 'nee'],
  'stap1.signalen': ['vastgelegd'],
  'stap2.bijzonder': ['ja', 'nee'],
  'stap2.consultatie': ['collega', 'veilig-thuis', 'beide'],
  'stap3.gesprek': ['gevoerd', 'overgeslagen'],
  'afweging.1': ['ja', 'nee'],
  'afweging.2': ['ja', 'nee'],
  'afweging.3': ['ja', 'nee'],
  'afweging.4': ['ja', 'nee'],
  'afweging.5': ['ja', 'nee'],
  'melden.geinformeerd': ['ja', 'nee-veiligheid', 'nee-contact'],
  'steun.advies': ['ja', 'nee'],
  'steun.begeleiding': ['ja', 'nee'],
  'steun.intern': ['ja', 'nee'],
  'steun.toestemming': ['ja', 'nee'],
};

interface Walk {
  asks?: QuestionId;
  route?: RouteId;
  waiting: boolean;
  bijzonder?: string;
  supportKind?: PartnerKind;
  supportPartnerKind?: PartnerKind;
}

/** Whether the tables take `value` for the question asked in `walk`. */
function takes(walk: Walk, value: string, partners: Record<string, PartnerKind>): boolean {
  const q = walk.asks;
  if (!q) return false;
  if (q === 'hulp.partner' || q === 'steun.partner') {
    // §5: a partner of the sociale kaart, never Veilig Thuis; §4: of the kind steun.intern asked.
    const kind = Object.hasOwn(partners, value) ? partners[value] : undefined;
    if (!kind || value === 'veilig-thuis') return false;
    return q === 'hulp.partner' || kind === walk.supportKind;
  }
  if (!(VALUES[q] ?? []).includes(value)) return false;
  // §3: stap2.bijzonder = ja requires veilig-thuis or beide.
  return !(q === 'stap2.consultatie' && value === 'collega' && walk.bijzonder === 'ja');
}

/** The state after a taken answer. */
function next(walk: Walk, value: string, partners: Record<string, PartnerKind>): Walk {
  const to = (asks: QuestionId): Walk => ({ ...walk, asks, route: undefined, waiting: false });
  const end = (route: RouteId): Walk => ({ ...walk, asks: undefined, route, waiting: false });
  const ja = value === 'ja';
  switch (walk.asks) {
    case 'triage.acuut': return ja ? end('veilig-thuis') : to('triage.medewerker');
    case 'triage.medewerker': return ja ? end('meldplicht-bestuur') : to('triage.signalen');
    case 'triage.signalen': return ja ? to('stap1.signalen') : to('steun.advies');
    case 'stap1.signalen': return to('stap2.bijzonder');
    case 'stap2.bijzonder': return { ...to('stap2.consultatie'), bijzonder: value };
    case 'stap2.consultatie': return to('stap3.gesprek');
    case 'stap3.gesprek': return to('afweging.1');
    case 'afweging.1': return ja ? to('afweging.2') : end('afgesloten');
    case 'afweging.2': return ja ? to('melden.geinformeerd') : to('afweging.3');
    case 'afweging.3': return ja ? to('afweging.4') : to('melden.geinformeerd');
    case 'afweging.4': return ja ? to('hulp.partner') : to('melden.geinformeerd');
    case 'hulp.partner':
      return { ...walk, asks: 'afweging.5', route: partners[value] === 'internal' ? 'intern' : 'extern', waiting: true };
    case 'afweging.5': return ja ? end('afgesloten') : to('melden.geinformeerd');
    case 'melden.geinformeerd': return end('veilig-thuis');
    case 'steun.advies': return ja ? end('advies') : to('steun.begeleiding');
    case 'steun.begeleiding': return ja ? end('begeleiding') : to('steun.intern');
    case 'steun.intern': return { ...to('steun.partner'), supportKind: ja ? 'internal' : 'external' };
    case 'steun.partner': return { ...to('steun.toestemming'), supportPartnerKind: partners[value] };
    case 'steun.toestemming':
      if (!ja) return end('begeleiding');
      return end(walk.supportPartnerKind === 'internal' ? 'intern' : 'extern');
    default:
      return walk;
  }
}

export function oracle(answers: readonly Answer[], partners: Record<string, PartnerKind>): OracleResult {
  let walk: Walk = { asks: 'triage.acuut', waiting: false };
  let refusedAt: number | undefined;
  for (let i = 0; i < answers.length; i++) {
    const [question, value] = answers[i];
    if (question !== walk.asks || !takes(walk, value, partners)) {
      refusedAt = i;
      break;
    }
    walk = next(walk, value, partners);
  }
  const asked = walk.asks;
  const candidates = asked === 'hulp.partner' || asked === 'steun.partner' ? Object.keys(partners) : asked ? VALUES[asked] ?? [] : [];
  const accepts = candidates.filter((v) => takes(walk, v, partners)).map((v) => [asked!, v] as const);
  return { refusedAt, asks: walk.asks, route: walk.route, waiting: walk.waiting, accepts };
}
