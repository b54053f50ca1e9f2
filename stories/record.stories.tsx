import type { Meta, StoryObj } from '@storybook/react-vite';
import QuickRegistration from '../src/record/QuickRegistration';
import { RecordPanel } from '../src/record/RecordPanel';
import { freshStore, namespaces } from './support';

/**
 * Record: the panel on an outcome page that confirms what is counted (with schools, without schools,
 * in training mode) and the quick registration. Both write to the real store of this browser.
 */
const meta = {
  title: 'Record/Panel',
  component: RecordPanel,
  parameters: { layout: 'padded' },
  args: { route: 'intern', flags: ['vt-advies'], partner: 'gezinscoaching', partnerKind: 'internal', partnerName: 'Gezinscoaching', training: false, settingsHref: '#/instellingen' },
  loaders: [namespaces('record'), freshStore()],
} satisfies Meta<typeof RecordPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A referral from the guide: route, partner and flags come from the concern. */
export const Referral: Story = {};

/** Advice: nothing to refer, no partner shown. */
export const Advice: Story = { args: { route: 'advies', flags: [], partner: undefined, partnerKind: undefined, partnerName: undefined } };

/** Training mode: nothing is counted, and the panel says so. */
export const Training: Story = { args: { training: true } };

/** No schools in the settings yet: a message and a link to settings instead of the form. */
export const NoSchools: Story = {
  loaders: [freshStore({ schools: [] })],
};

/** The quick registration page (#/registreren). */
export const QuickRegistrationPage: StoryObj<typeof QuickRegistration> = {
  render: () => <QuickRegistration navigate={() => undefined} />,
};
