import type { Meta, StoryObj } from '@storybook/react-vite';
import SettingsPage from '../src/settings/SettingsPage';
import { freshStore, namespaces } from './support';

/** Settings (#/instellingen): organisation, schools, sociale kaart, privacy; on the real store. */
const meta = {
  title: 'Settings/Instellingen',
  component: SettingsPage,
  parameters: { layout: 'padded' },
  args: { navigate: () => undefined },
  loaders: [namespaces('settings'), freshStore()],
} satisfies Meta<typeof SettingsPage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const WithSchools: Story = {};

/** A new installation: no organisation name, no schools. */
export const Empty: Story = {
  loaders: [freshStore({ organisation: '', schools: [] })],
};
