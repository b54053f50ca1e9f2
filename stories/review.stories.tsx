import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Answer } from '../machines/ids';
import { GuideFixture } from '../src/guide/GuideFixture';
import { meldcodePath, referralPath } from './support';

/** "Check your answers" before an outcome: every answer with "change"; changing drops what follows. */
// Consulted with a colleague and Veilig Thuis: the flag vt-advies on the way to a melding.
const MELDCODE: Answer[] = meldcodePath('beide');

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
export const SupportToInternalReferral: Story = { args: { answers: referralPath('ja', 'gezinscoaching', 'ja') } };

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
