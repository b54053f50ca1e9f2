import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Answer } from '../machines/ids';
import { GuideFixture } from '../src/guide/GuideFixture';
import { MELDCODE, NO_DANGER, SUPPORT, referralPath } from './support';

/** The outcome page of every route (after "check your answers"), its variants, and the waiting states. */
const HELP: Answer[] = [...MELDCODE, ['afweging.1', 'ja'], ['afweging.2', 'nee'], ['afweging.3', 'ja'], ['afweging.4', 'ja']];

const meta = {
  title: 'Guide/Outcome',
  component: GuideFixture,
  args: { confirm: true },
  parameters: { layout: 'padded' },
  argTypes: { input: { control: 'object' } },
} satisfies Meta<typeof GuideFixture>;

export default meta;
type Story = StoryObj<typeof meta>;

export const VeiligThuis: Story = {
  args: { answers: [...MELDCODE, ['afweging.1', 'ja'], ['afweging.2', 'ja'], ['melden.geinformeerd', 'nee-veiligheid']] },
};

/** Route veilig-thuis with flag acuut: 112 and Veilig Thuis before anything else. */
export const VeiligThuisAcute: Story = { args: { answers: [['triage.acuut', 'ja']] } };

/** Afweging 5 = nee: "(opnieuw) melden". */
export const VeiligThuisAgainAfterHelp: Story = {
  args: { answers: [...HELP, ['hulp.partner', 'gezinscoaching'], ['afweging.5', 'nee'], ['melden.geinformeerd', 'ja']] },
};

export const MeldplichtBestuur: Story = { args: { answers: [...NO_DANGER.slice(0, 1), ['triage.medewerker', 'ja']] } };

export const MeldplichtHouderKinderopvang: Story = {
  args: { answers: [...NO_DANGER.slice(0, 1), ['triage.medewerker', 'ja']], input: { sector: 'kinderopvang' } },
};

export const Afgesloten: Story = { args: { answers: [...MELDCODE, ['afweging.1', 'nee']] } };

/** Afweging 5 = ja: close with agreements on following (un)safety. */
export const AfgeslotenAfterHelp: Story = {
  args: { answers: [...HELP, ['hulp.partner', 'gezinscoaching'], ['afweging.5', 'ja']] },
};

export const Advies: Story = { args: { answers: [...SUPPORT, ['steun.advies', 'ja']] } };

export const Begeleiding: Story = { args: { answers: [...SUPPORT, ['steun.advies', 'nee'], ['steun.begeleiding', 'ja']] } };

/** No consent for the referral: support continues without a referral. */
export const BegeleidingWithoutConsent: Story = { args: { answers: referralPath('ja', 'gezinscoaching', 'nee') } };

export const Intern: Story = { args: { answers: referralPath('ja', 'gezinscoaching', 'ja') } };

/** External referral: Veilig Thuis as a partner shows its real number from the sociale kaart. */
export const Extern: Story = { args: { answers: referralPath('nee', 'slachtofferhulp', 'ja') } };

/** Waiting: help runs inside the organisation until afweging 5 ("evaluate now"). */
export const WaitingIntern: Story = { args: { answers: [...HELP, ['hulp.partner', 'gezinscoaching']] } };

/** Waiting: help runs at an external partner. */
export const WaitingExtern: Story = { args: { answers: [...HELP, ['hulp.partner', 'cjg']] } };
