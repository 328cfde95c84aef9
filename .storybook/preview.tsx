import type { Decorator, Preview } from '@storybook/react-vite';
import type { EmulatorOptions } from '../emulator/app';
import { useStoryEmulator, type NetworkMode } from '../stories/emulatorNetwork';

/** Locale and colour scheme come from the toolbar; each story may pin its own. */
const withToolbarGlobals: Decorator = (Story, context) => {
  const scheme = context.globals['scheme'] === 'dark' ? 'dark' : 'light';
  const locale = context.globals['locale'] === 'es' ? 'es' : 'en';
  const brand = { colorScheme: scheme, ...context.args['brand'] };
  return (
    <div style={{ padding: 16, background: scheme === 'dark' ? '#0d0f13' : '#eef1f6' }}>
      <Story args={{ ...context.args, locale: context.args['locale'] ?? locale, brand }} />
    </div>
  );
};

const preview: Preview = {
  decorators: [withToolbarGlobals],
  loaders: [
    async ({ parameters }) => {
      const options: EmulatorOptions = parameters['emulator'] ?? {};
      const mode: NetworkMode = parameters['network'] ?? 'up';
      return { emulator: await useStoryEmulator(options, mode) };
    },
  ],
  globalTypes: {
    locale: {
      description: 'Widget language',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
        ],
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Colour scheme',
      toolbar: {
        title: 'Scheme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', scheme: 'light' },
  parameters: {
    layout: 'padded',
    // axe runs after every story's play function; a violation fails the story's test.
    a11y: { test: 'error' },
  },
};

export default preview;
