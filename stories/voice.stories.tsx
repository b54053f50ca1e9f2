import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import type { Answer } from '../machines/ids';
import { GuideFixture } from '../src/guide/GuideFixture';
import { MELDCODE, referralPath } from './support';

/**
 * Issue 14 §2, §4, §7 on the question page: the kindcheck at step 1 (sociaal werk), a sector's own
 * kader at afweging 2, and help by the child's age (signals, talking with the child, consent), with
 * the age chosen in a play function.
 */
const TO_CONSENT: Answer[] = referralPath('nee', 'cjg');

const meta = {
  title: 'Guide/Child’s voice and sector kaders',
  component: GuideFixture,
  args: { answers: [], onExit: fn() },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof GuideFixture>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Step 1 in sociaal werk: the kindcheck box with its source, and signals by age group. */
export const KindcheckSociaalWerk: Story = {
  args: { answers: MELDCODE.slice(0, 3), input: { sector: 'sociaal-werk' } },
};

/** Afweging 2 in primary education: the onderwijs kader — absence alone is no ground. */
export const Afweging2Onderwijs: Story = {
  args: { answers: [...MELDCODE, ['afweging.1', 'ja']], input: { sector: 'po' } },
};

/** Afweging 2 in childcare: the protocol and its kader (BOinK); the gastouder decides. */
export const Afweging2Kinderopvang: Story = {
  args: { answers: [...MELDCODE, ['afweging.1', 'ja']], input: { sector: 'kinderopvang' } },
};

/** Step 3: talking with the child by age, no secrecy. */
export const ConversationByAge: Story = { args: { answers: MELDCODE.slice(0, 6), input: { sector: 'vo' } } };

/** Consent for a referral, every age group (nothing chosen yet). */
export const ConsentAllAges: Story = { args: { answers: TO_CONSENT, input: { sector: 'vo' } } };

/** Consent for a referral with "12 to 16" chosen: the young person and both parents with gezag. */
export const ConsentTwelveToSixteen: Story = {
  args: { answers: TO_CONSENT, input: { sector: 'vo' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(canvas.getByRole('combobox'), '12-16');
    await expect(canvasElement.querySelectorAll('[data-age-group]')).toHaveLength(1);
  },
};
