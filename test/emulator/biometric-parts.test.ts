import { describe, expect, it } from 'vitest';
import { AnalysisQueue } from '../../emulator/biometrics/analysisQueue';
import { BiometricBusyError } from '../../emulator/biometrics/engine';
import { detectBlink, yawSpread } from '../../emulator/biometrics/frameLiveness';
import { decodeImagePayload } from '../../emulator/biometrics/imagePayload';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe('AnalysisQueue', () => {
  it('runs one task at a time, in arrival order, and refuses past its backlog', async () => {
    const queue = new AnalysisQueue(1, 2, 0.5);
    const gate = deferred();
    const order: string[] = [];
    let running = 0;
    let mostAtOnce = 0;
    const task = (name: string) => async () => {
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      await gate.promise;
      order.push(name);
      running -= 1;
      return name;
    };
    const first = queue.run(task('a'));
    const second = queue.run(task('b'));
    const third = queue.run(task('c'));
    expect(queue.pending).toBe(3);
    await expect(queue.run(task('d'))).rejects.toBeInstanceOf(BiometricBusyError);
    gate.resolve();
    expect(await Promise.all([first, second, third])).toEqual(['a', 'b', 'c']);
    expect(order).toEqual(['a', 'b', 'c']);
    expect(mostAtOnce).toBe(1);
    expect(queue.pending).toBe(0);
  });

  it('frees its slot when a task throws', async () => {
    const queue = new AnalysisQueue(1, 0, 0.5);
    await expect(queue.run(() => Promise.reject(new Error('bad image')))).rejects.toThrow('bad image');
    await expect(queue.run(() => Promise.resolve('next'))).resolves.toBe('next');
  });
});

describe('decodeImagePayload', () => {
  const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0xfb, 0xef]);
  const standard = Buffer.from(bytes).toString('base64');

  it('reads plain base64, a data: URL, wrapped lines and the URL-safe alphabet', () => {
    expect(decodeImagePayload(standard)).toEqual(bytes);
    expect(decodeImagePayload(`data:image/jpeg;base64,${standard}`)).toEqual(bytes);
    expect(decodeImagePayload(`${standard.slice(0, 4)}\n${standard.slice(4)}`)).toEqual(bytes);
    expect(decodeImagePayload(Buffer.from(bytes).toString('base64url'))).toEqual(bytes);
  });

  it('refuses text that is not base64', () => {
    expect(decodeImagePayload('')).toBeUndefined();
    expect(decodeImagePayload('not base64!')).toBeUndefined();
    expect(decodeImagePayload('data:text/plain,hello')).toBeUndefined();
  });
});

describe('blink and head turn over recorded values', () => {
  it('needs open, then closed, then open again', () => {
    expect(detectBlink([0.6, 0.3, 0.58]).blinked).toBe(true);
    // Closed then open is an eye opening, not a blink; open then closed never reopened either.
    expect(detectBlink([0.3, 0.6, 0.6]).blinked).toBe(false);
    expect(detectBlink([0.6, 0.6, 0.3]).blinked).toBe(false);
    // A squint at 70 % of the open value is not closed.
    expect(detectBlink([0.6, 0.42, 0.6]).blinked).toBe(false);
    expect(detectBlink([0.6, 0.6, 0.6, 0.6])).toEqual({ blinked: false, depth: 1 });
  });

  it('measures the spread of yaw', () => {
    expect(yawSpread([0.1, -0.2, 0.05])).toBeCloseTo(0.3);
    expect(yawSpread([0.2, 0.2])).toBe(0);
  });
});
