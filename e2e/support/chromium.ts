import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/** Debian's Chromium (`apt-get install -y chromium`); never a browser downloaded by a tool. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchChromiumOptions {
  /** An absolute path to a `.mjpeg` or `.y4m` clip served as the webcam. */
  fakeVideo?: string;
  /** Make getUserMedia fail as if the user had refused the camera. */
  denyCamera?: boolean;
  extraArgs?: string[];
}

/**
 * Headless Chromium as root on a machine with no outside network: the background-networking
 * flags stop Chromium from dialling Google's hosts at start, which this network refuses.
 */
export async function launchChromium(options: LaunchChromiumOptions = {}): Promise<Browser & { cleanup(): Promise<void> }> {
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (options.fakeVideo || options.denyCamera) {
    args.push('--use-fake-device-for-media-stream');
    if (!options.denyCamera) args.push('--use-fake-ui-for-media-stream');
  }
  if (options.fakeVideo) args.push(`--use-file-for-fake-video-capture=${options.fakeVideo}`);
  args.push(...(options.extraArgs ?? []));
  // playwright-core refuses `--user-data-dir` in args; its own fresh temp profile is the same thing.
  const launchOptions: LaunchOptions = { executablePath: CHROMIUM_PATH, headless: true, args };
  const browser = await chromium.launch(launchOptions);
  return Object.assign(browser, {
    async cleanup() {
      await browser.close();
    },
  });
}
