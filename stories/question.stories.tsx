import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { GuideFixture } from '../src/guide/GuideFixture';
import { MELDCODE, SUPPORT } from './support';

/**
 * The question page for representative questions, each reached by replaying answers through the
 * real machine (stories/questions-all.stories.tsx has one story per question id).
 */

const meta = {
  title: 'Guide/Question page',
  component: GuideFixture,
  args: { answers: [], onExit: fn() },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof GuideFixture>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The first question: triage, help and definitions in details. */
export const FirstQuestion: Story = {};

/** Stap 2: the step indicator, the official wording with its source. */
export const Consultation: Story = { args: { answers: MELDCODE.slice(0, 5) } };

/** Honour-related violence: "collega" is not offered, and the page says why. */
export const ConsultationAfterHonourRelatedViolence: Story = {
  args: { answers: [...MELDCODE.slice(0, 4), ['stap2.bijzonder', 'ja']] },
};

/** Afweging 2: the afwegingskader's wording as a quote, definitions of acute and structural unsafety. */
export const Afweging2: Story = { args: { answers: [...MELDCODE, ['afweging.1', 'ja']] } };

/** A partner question: internal partners of the sociale kaart by name. */
export const SupportPartner: Story = {
  args: { answers: [...SUPPORT, ['steun.advies', 'nee'], ['steun.begeleiding', 'nee'], ['steun.intern', 'ja']] },
};

/** Support route: the "worried about safety" button moves the concern into the meldcode. */
export const SupportQuestion: Story = { args: { answers: SUPPORT } };

/** Continue without an answer: the error summary (focused) and the inline error. */
export const ErrorNothingChosen: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const submit = canvas.getByRole('button', { name: /Verder|Continue/ });
    await userEvent.click(submit);
    await expect(canvas.getByRole('alert')).toBeInTheDocument();
  },
};

/** Kinderopvang: sector wording through the i18next context. */
export const Kinderopvang: Story = { args: { answers: [['triage.acuut', 'nee']], input: { sector: 'kinderopvang' } } };
