import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Answer } from '../machines/ids';
import { DocumentationPanel } from '../src/drafts/DocumentationPanel';
import { GuideFixture } from '../src/guide/GuideFixture';
import { MELDCODE, namespaces } from './support';

/**
 * After a melding (issue 14 §1): the veilig-thuis outcome with "Na de melding", and the documentation
 * that asks for the date, the agreed own role and the two feedbacks, with the feedback reminder.
 */
const MELDING: Answer[] = [
  ...MELDCODE,
  ['afweging.1', 'ja'],
  ['afweging.2', 'ja'],
  ['melden.geinformeerd', 'ja'],
];

const meta = {
  title: 'Guide/After a melding',
  component: GuideFixture,
  parameters: { layout: 'padded' },
  args: {
    answers: MELDING,
    confirm: true,
    slots: { outcomeExtra: (ctx) => <DocumentationPanel route={ctx.route} waiting={ctx.waiting} /> },
  },
  loaders: [namespaces('guide', 'drafts')],
} satisfies Meta<typeof GuideFixture>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The outcome with "Na de melding" and the documentation fields (no date entered yet). */
export const OutcomeAndDocumentation: Story = {};

/** Kinderopvang wording of the same outcome. */
export const Kinderopvang: Story = { args: { input: { sector: 'kinderopvang' } } };
