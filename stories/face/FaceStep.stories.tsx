import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import type { FrameSignals } from '../../src/face/frameSignals';
import { installCanvasCamera, installRefusedCamera } from './fakeCamera';
import { FaceStepPreview } from './FaceStepPreview';
import { BLINK_NO_TURN, face, frame, LIVE_USER, STILL_PHOTO } from './scriptedFrames';

/**
 * Every state of the face step, driven by the scripted detector on a canvas "camera": what
 * the user reads, and what the host gets. The real model runs in e2e/face.e2e.ts.
 */
const meta = {
  title: 'Face/FaceStep',
  component: FaceStepPreview,
  args: { script: { frames: STILL_PHOTO } },
  parameters: { camera: 'canvas' },
  beforeEach: ({ parameters }) => {
    const camera: unknown = parameters['camera'];
    if (camera === 'denied') return installRefusedCamera('NotAllowedError');
    if (camera === 'missing') return installRefusedCamera('NotFoundError');
    if (camera === 'busy') return installRefusedCamera('NotReadableError');
    return installCanvasCamera();
  },
} satisfies Meta<typeof FaceStepPreview>;

export default meta;
type Story = StoryObj<typeof meta>;

const TIMEOUT = { timeout: 10_000 };

export const Intro: Story = {
  play: async ({ canvas }) => {
    await expect(
      canvas.getByText(/We use your camera to check that you are present/),
    ).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Turn on camera' })).toBeVisible();
  },
};

export const IntroSpanish: Story = {
  args: { locale: 'es' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Activar cámara' })).toBeVisible();
  },
};

export const LoadingModel: Story = {
  args: { script: { frames: STILL_PHOTO, loadForever: true } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Turn on camera' }));
    await expect(
      await canvas.findByText(/Loading face detection… \d+%/, {}, TIMEOUT),
    ).toBeVisible();
  },
};

export const ModelLoadFailed: Story = {
  args: { script: { frames: STILL_PHOTO, loadError: 'model_load_failed' } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Turn on camera' }));
    await expect(await canvas.findByRole('alert', {}, TIMEOUT)).toHaveTextContent(
      'Face detection could not load',
    );
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

export const ModelLoadTimedOut: Story = {
  args: { script: { frames: STILL_PHOTO, loadError: 'model_load_timeout' } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Turn on camera' }));
    await expect(await canvas.findByRole('alert', {}, TIMEOUT)).toHaveTextContent(
      'taking too long to load',
    );
  },
};

const hintStory = (frames: FrameSignals[], text: string): Story => ({
  args: { script: { frames } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Turn on camera' }));
    await expect(await canvas.findByText(text, {}, TIMEOUT)).toBeVisible();
  },
});

export const NoFace = hintStory([frame([])], 'We can’t see a face. Look at the camera.');
export const SeveralFaces = hintStory(
  [frame([face({ centreX: 220 }), face({ centreX: 420, width: 250 })])],
  'Only one person, please.',
);
export const MoveCloser = hintStory([frame([face({ width: 160 })])], 'Move closer.');
export const MoveBack = hintStory([frame([face({ width: 560 })])], 'Move back a little.');
export const CentreYourFace = hintStory(
  [frame([face({ centreX: 140 })])],
  'Centre your face in the oval.',
);
export const TooDark = hintStory(
  [frame([face()], { brightness: 25 })],
  'It’s too dark. Find more light.',
);
export const TooBright = hintStory(
  [frame([face()], { brightness: 240 })],
  'It’s too bright. Avoid direct light.',
);
export const HoldStill = hintStory([frame([face()], { sharpness: 0.05 })], 'Hold still.');
export const AskToBlink = hintStory(STILL_PHOTO, 'Now blink.');
export const AskToTurn = hintStory(BLINK_NO_TURN, 'Slowly turn your head a little.');

export const PassedAndSending: Story = {
  args: { script: { frames: LIVE_USER } },
  parameters: { network: 'hang' },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Turn on camera' }));
    await expect(await canvas.findByText('Checking your face…', {}, TIMEOUT)).toBeVisible();
  },
};

export const PrecheckTimedOut: Story = {
  args: { script: { frames: STILL_PHOTO }, timeoutMs: 1_500 },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Turn on camera' }));
    await expect(await canvas.findByRole('alert', {}, TIMEOUT)).toHaveTextContent(
      'We could not check your face in time',
    );
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Use another method' })).toBeVisible();
  },
};

const cameraProblem = (camera: string, text: string, retry: boolean): Story => ({
  parameters: { camera },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Turn on camera' }));
    await expect(await canvas.findByRole('alert', {}, TIMEOUT)).toHaveTextContent(text);
    await expect(canvas.queryAllByRole('button', { name: 'Try again' })).toHaveLength(
      retry ? 1 : 0,
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Use another method' }));
    await expect(canvas.getByTestId('outcome')).toHaveTextContent('another method');
  },
});

export const CameraDenied = cameraProblem('denied', 'Camera access was refused', false);
export const NoCamera = cameraProblem('missing', 'No camera was found', false);
export const CameraInUse = cameraProblem('busy', 'being used by another app', true);
