import { render } from '@testing-library/react';
import type { Answer } from '../../machines/ids';
import { MELDCODE, SUPPORT, helpPath, referralPath } from '../../machines/walks';
import { ConcernSessionProvider } from '../concern/session';
import { setupTestI18n } from '../../tests/i18n';
import type { Language } from '../storage/prefs';
import { GuideFixture } from './GuideFixture';
import type { PartnerDirectory } from './partners';
import type { GuideSlots } from './types';

/** Shared by the guide's component tests: real i18n resources, real machine, real session. */
export async function setupI18n(lng: Language = 'nl') {
  await setupTestI18n(['guide'], lng);
}

export const PARTNERS: PartnerDirectory = {
  gezinscoaching: {
    id: 'gezinscoaching',
    name: 'Gezinscoaching',
    kind: 'internal',
    description: 'Coaching van ouders en gezin thuis.',
    contacts: [{ name: 'Teamleider', phone: '030-1234567', email: 'team@example.org' }],
    lastConfirmed: '2026-11-23',
  },
  cjg: {
    id: 'cjg',
    name: 'Centrum voor Jeugd en Gezin (CJG)',
    kind: 'external',
    contacts: [{ name: 'Gemeente', phone: '030-7654321' }],
  },
};

export const PATHS = {
  acuut: [['triage.acuut', 'ja']],
  meldplicht: [
    ['triage.acuut', 'nee'],
    ['triage.medewerker', 'ja'],
  ],
  meldcode: MELDCODE,
  support: SUPPORT,
} satisfies Record<string, Answer[]>;

export const ROUTE_PATHS: Record<string, Answer[]> = {
  'veilig-thuis-acuut': PATHS.acuut,
  'meldplicht-bestuur': PATHS.meldplicht,
  afgesloten: [...PATHS.meldcode, ['afweging.1', 'nee']],
  'veilig-thuis': [...PATHS.meldcode, ['afweging.1', 'ja'], ['afweging.2', 'ja'], ['melden.geinformeerd', 'ja']],
  waiting: helpPath('gezinscoaching'),
  advies: [...PATHS.support, ['steun.advies', 'ja']],
  begeleiding: [...PATHS.support, ['steun.advies', 'nee'], ['steun.begeleiding', 'ja']],
  intern: referralPath('ja', 'gezinscoaching', 'ja'),
  extern: referralPath('nee', 'cjg', 'ja'),
};

export function renderGuide(options: {
  answers?: Answer[];
  confirm?: boolean;
  evaluate?: boolean;
  slots?: GuideSlots;
  onExit?: () => void;
  sector?: 'po' | 'vo' | 'kinderopvang' | 'sociaal-werk';
}) {
  const { answers, confirm, evaluate, slots, onExit, sector } = options;
  return render(
    <ConcernSessionProvider>
      <GuideFixture
        answers={answers}
        confirm={confirm}
        evaluate={evaluate}
        slots={slots}
        onExit={onExit}
        partners={PARTNERS}
        input={sector ? { sector } : undefined}
      />
    </ConcernSessionProvider>,
  );
}
