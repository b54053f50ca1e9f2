import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { Shell } from '../src/app/App';
import StartPage from '../src/app/StartPage';

/** The start screen: role and sector (remembered, categories only) and "Begin". */
const meta = {
  title: 'App/Start',
  component: StartPage,
  args: { navigate: fn() },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof StartPage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const StartScreen: Story = {};

/** The start screen inside the app shell: skip link, nav, language switch, acute-danger exit, footer. */
export const InTheAppShell: Story = {
  parameters: { layout: 'fullscreen' },
  render: () => <Shell />,
};

/** Phone width (360px): the header wraps, targets stay ≥ 44px. */
export const OnAPhone: Story = {
  parameters: { layout: 'fullscreen' },
  render: () => (
    <div style={{ maxWidth: 360 }}>
      <Shell />
    </div>
  ),
};
