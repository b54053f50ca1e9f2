import type { Meta, StoryObj } from '@storybook/react-vite';
import { SharingPage } from '../src/guide/SharingPage';
import { namespaces } from './support';

/**
 * Help: what a school social worker may share with the school, and when (issue 14 §3) — consent
 * first, only what is needed, no named child in a zorgteam or MDO without consent, the conflict of
 * duties, the verwijsindex; each section with its sources.
 */
const meta = {
  title: 'Guide/Sharing information',
  component: SharingPage,
  parameters: { layout: 'padded' },
  loaders: [namespaces('guide', 'sharing')],
} satisfies Meta<typeof SharingPage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Page: Story = {};
