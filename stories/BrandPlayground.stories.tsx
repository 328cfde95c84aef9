import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { VerifikAccess } from '../src/components/VerifikAccess';
import type { Brand } from '../src/core/theme/brand';
import { STORY_BASE_URL } from './emulatorNetwork';

const LOGO =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="32"><rect width="32" height="32" rx="8" fill="#0f7b6c"/><text x="40" y="22" font-family="sans-serif" font-size="16" fill="#0f7b6c">Acme</text></svg>',
  );

type PlaygroundProps = Omit<Brand, 'colorScheme'> & { brand?: Brand };

/** Each brand field as its own control; the toolbar still picks light or dark. */
function BrandPlayground({ brand, ...fields }: PlaygroundProps) {
  return (
    <VerifikAccess
      projectId="demo-project"
      baseUrl={STORY_BASE_URL}
      methods={['email', 'phone']}
      brand={{ ...fields, colorScheme: brand?.colorScheme }}
    />
  );
}

const meta = {
  title: 'VerifikAccess/Brand playground',
  component: BrandPlayground,
  args: {
    logoUrl: LOGO,
    primaryColor: '#0f7b6c',
    radius: 4,
    fontFamily: 'Georgia, serif',
  },
  argTypes: {
    primaryColor: { control: 'color' },
    backgroundColor: { control: 'color' },
    textColor: { control: 'color' },
    borderColor: { control: 'color' },
    radius: { control: { type: 'range', min: 0, max: 24 } },
    fontFamily: { control: 'text' },
    logoUrl: { control: 'text' },
    brand: { table: { disable: true } },
  },
} satisfies Meta<typeof BrandPlayground>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByRole('img', { name: 'Logo' })).toBeVisible();
    const root = canvasElement.querySelector<HTMLElement>('.vfk-root');
    await expect(root?.style.getPropertyValue('--vfk-primary')).toBe('#0f7b6c');
    await expect(root?.style.getPropertyValue('--vfk-primary-text')).toBe('#ffffff');
    await expect(root?.style.getPropertyValue('--vfk-radius')).toBe('4px');
  },
};

export const UnsafeLogoIgnored: Story = {
  args: { logoUrl: 'javascript:alert(1)' },
  play: async ({ canvas }) => {
    await canvas.findByRole('heading', { name: 'Sign in' });
    await expect(canvas.queryByRole('img')).toBeNull();
  },
};
