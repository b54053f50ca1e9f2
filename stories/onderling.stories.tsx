import type { Meta, StoryObj } from '@storybook/react-vite';
import type { OnderlingAnswer } from '../machines/onderling.ids';
import { OnderlingFixture } from '../src/guide/onderling/OnderlingFixture';

/**
 * Behaviour between children (issue 14 §5): every screen of its route — the three questions, "check
 * your answers", and the outcome in each variant and sector group.
 */
const SEXTING: OnderlingAnswer[] = [
  ['onderling.soort', 'online'],
  ['onderling.vlag', 'rood'],
  ['onderling.zorgen', 'nee'],
];

const meta = {
  title: 'Guide/Behaviour between children',
  component: OnderlingFixture,
  parameters: { layout: 'padded' },
} satisfies Meta<typeof OnderlingFixture>;

export default meta;
type Story = StoryObj<typeof meta>;

export const QuestionKind: Story = { args: {} };
export const QuestionFlag: Story = { args: { answers: [['onderling.soort', 'seksueel']] } };
export const QuestionSignals: Story = { args: { answers: [['onderling.soort', 'online'], ['onderling.vlag', 'geel']] } };
export const CheckYourAnswers: Story = { args: { answers: SEXTING, sector: 'vo' } };

/** Sexting between pupils (vo), red flag: the online block and the school's text. */
export const OutcomeSextingVo: Story = { args: { answers: SEXTING, sector: 'vo', confirm: true } };

/** Toddlers in childcare, yellow flag, with signals at home: the protocol's route and the meldcode block. */
export const OutcomeToddlersKinderopvang: Story = {
  args: {
    answers: [['onderling.soort', 'seksueel'], ['onderling.vlag', 'geel'], ['onderling.zorgen', 'ja']],
    sector: 'kinderopvang',
    confirm: true,
  },
};

/** Green flag: acceptable behaviour, nothing more asked. */
export const OutcomeGreen: Story = {
  args: { answers: [['onderling.soort', 'seksueel'], ['onderling.vlag', 'groen']], sector: 'po', confirm: true },
};

/** Not sexual behaviour, in social work. */
export const OutcomeOtherSociaalWerk: Story = {
  args: { answers: [['onderling.soort', 'ander'], ['onderling.zorgen', 'nee']], sector: 'sociaal-werk', confirm: true },
};
