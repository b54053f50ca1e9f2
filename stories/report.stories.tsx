import type { Meta, StoryObj } from '@storybook/react-vite';
import ReportPage from '../src/report/ReportPage';
import { importRegistrations, resetStore, sampleRegistrations, withNamespaces } from './report-seed';
import { freshStore } from './support';

/**
 * The verantwoording (#/verantwoording) over a year of counts of three schools (two PO, one VO),
 * imported into the real store as a colleague's counts file. Choose "Buiten de organisatie" in the
 * story to see the suppressed version; the charts are the report's own SVG (src/report/charts/Bars.tsx).
 */
const year = String(new Date().getFullYear());

const meta = {
  title: 'Report/Verantwoording',
  component: ReportPage,
  parameters: { layout: 'padded' },
  args: { navigate: () => undefined },
  loaders: [
    async ({ globals }) => {
      await withNamespaces(globals.locale, 'report');
      await resetStore();
      await importRegistrations(sampleRegistrations(year));
      return {};
    },
  ],
} satisfies Meta<typeof ReportPage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Year: Story = {};

/** No counts yet: the page says how counts come in. */
export const Empty: Story = {
  loaders: [freshStore()],
};
