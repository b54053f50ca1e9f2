import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Answer } from '../machines/ids';
import { GuideFixture } from '../src/guide/GuideFixture';

/** "Check your answers" before an outcome: every answer with "change"; changing drops what follows. */
const NO: Answer[] = [
  ['triage.acuut', 'nee'],
  ['triage.medewerker', 'nee'],
];
const MELDCODE: Answer[] = [
  ...NO,
  ['triage.signalen', 'ja'],
  ['stap1.signalen', 'vastgelegd'],
  ['stap2.bijzonder', 'nee'],
  ['stap2.consultatie', 'beide'],
  ['stap3.gesprek', 'gevoerd'],
];

const meta = {
  title: 'Guide/Check your answers',
  component: GuideFixture,
  parameters: { layout: 'padded' },
} satisfies Meta<typeof GuideFixture>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A full meldcode path to Veilig Thuis (flag: Veilig Thuis consulted for advice). */
export const MeldcodeToVeiligThuis: Story = {
  args: { answers: [...MELDCODE, ['afweging.1', 'ja'], ['afweging.2', 'ja'], ['melden.geinformeerd', 'ja']] },
};

/** A support path to an internal referral: the partner by name. */
export const SupportToInternalReferral: Story = {
  args: {
    answers: [
      ...NO,
      ['triage.signalen', 'nee'],
      ['steun.advies', 'nee'],
      ['steun.begeleiding', 'nee'],
      ['steun.intern', 'ja'],
      ['steun.partner', 'gezinscoaching'],
      ['steun.toestemming', 'ja'],
    ],
  },
};

/** A suspicion against a colleague: one answer. (Direct danger has no review: it goes straight to 112.) */
export const Colleague: Story = { args: { answers: [['triage.acuut', 'nee'], ['triage.medewerker', 'ja']] } };

/** Help organised in the meldcode (afweging 4 = ja): review before the waiting state. */
export const BeforeHelpRuns: Story = {
  args: {
    answers: [
      ...MELDCODE,
      ['afweging.1', 'ja'],
      ['afweging.2', 'nee'],
      ['afweging.3', 'ja'],
      ['afweging.4', 'ja'],
      ['hulp.partner', 'cjg'],
    ],
  },
};
