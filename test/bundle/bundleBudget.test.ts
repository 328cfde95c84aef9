import { describe, expect, it } from 'vitest';
import { measureBundle } from './bundleBudget';

const KB = 1000;

describe('bundle budget (min+gzip, without react, react-dom and @tanstack/react-query)', () => {
  it('keeps the entry <= 30 kB and everything for email and phone <= 60 kB', async () => {
    const figures = await measureBundle();
    console.warn(
      [
        `entry before a method is chosen: ${(figures.entry / KB).toFixed(1)} kB`,
        `email + phone (entry + lazy phone step): ${(figures.emailAndPhone / KB).toFixed(1)} kB`,
        ...figures.chunks.map(
          (chunk) =>
            `  ${chunk.lazy ? 'lazy ' : 'eager'} ${chunk.fileName} ${(chunk.gzip / KB).toFixed(1)} kB`,
        ),
      ].join('\n'),
    );
    expect(figures.entry).toBeLessThanOrEqual(30 * KB);
    expect(figures.emailAndPhone).toBeLessThanOrEqual(60 * KB);
    // The phone metadata must stay out of the entry, or the split above means nothing.
    expect(figures.emailAndPhone - figures.entry).toBeGreaterThan(10 * KB);
  }, 120_000);
});
