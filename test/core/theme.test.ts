import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { brandToCssVariables, safeLogoUrl } from '../../src/core/theme/brand';
import { contrastRatio, readableTextOn } from '../../src/core/theme/contrast';

const css = readFileSync(new URL('../../src/components/styles.css', import.meta.url), 'utf8');

/** The --vfk-* declarations of the first rule whose selector is exactly `selector`. */
function variablesOf(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  expect(start, `rule ${selector}`).toBeGreaterThanOrEqual(0);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries(
    [...body.matchAll(/(--vfk-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]!.trim()]),
  );
}

const light = variablesOf('.vfk-root');
const dark = variablesOf(".vfk-root[data-color-scheme='dark']");

describe('default theme contrast', () => {
  for (const [scheme, v] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    const pairs: [string, string, string, number][] = [
      ['text on background', v['--vfk-text']!, v['--vfk-background']!, 4.5],
      ['muted text on background', v['--vfk-muted']!, v['--vfk-background']!, 4.5],
      ['button text on primary', v['--vfk-primary-text']!, v['--vfk-primary']!, 4.5],
      ['links on background', v['--vfk-primary']!, v['--vfk-background']!, 4.5],
      ['error text on background', v['--vfk-error']!, v['--vfk-background']!, 4.5],
      ['alert text on alert surface', v['--vfk-text']!, v['--vfk-error-surface']!, 4.5],
      ['success mark on background', v['--vfk-success']!, v['--vfk-background']!, 3],
      // WCAG 1.4.11: field borders are the only cue of where to type.
      ['field border on background', v['--vfk-border']!, v['--vfk-background']!, 3],
    ];
    for (const [what, foreground, background, minimum] of pairs) {
      it(`${scheme}: ${what} >= ${minimum}:1`, () => {
        const ratio = contrastRatio(foreground, background);
        expect(ratio).toBeDefined();
        expect(ratio!).toBeGreaterThanOrEqual(minimum);
      });
    }
  }

  it('the auto scheme uses exactly the dark values', () => {
    const start = css.indexOf('@media (prefers-color-scheme: dark)');
    const auto = css.slice(start, css.indexOf('}', start));
    for (const [name, value] of Object.entries(dark)) expect(auto).toContain(`${name}: ${value};`);
  });
});

describe('every rule is scoped under .vfk-root', () => {
  it('has no selector outside the widget root', () => {
    const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
    const selectors = [...withoutComments.matchAll(/(^|})\s*([^{}@]+?)\s*\{/g)].map((m) =>
      m[2]!.trim(),
    );
    expect(selectors.length).toBeGreaterThan(20);
    for (const group of selectors) {
      if (/^(to|from|\d+%)$/.test(group)) continue; // keyframe steps
      for (const selector of group.split(',')) expect(selector.trim()).toMatch(/^\.vfk-root\b/);
    }
  });
});

describe('safeLogoUrl', () => {
  it('keeps http(s) and data:image URLs', () => {
    expect(safeLogoUrl('https://cdn.example.com/logo.svg')).toBe(
      'https://cdn.example.com/logo.svg',
    );
    expect(safeLogoUrl('http://localhost:5173/logo.png')).toBe('http://localhost:5173/logo.png');
    expect(safeLogoUrl('data:image/png;base64,iVBORw0KGgo=')).toBe(
      'data:image/png;base64,iVBORw0KGgo=',
    );
  });
  it('drops scripts, other schemes and relative paths', () => {
    expect(safeLogoUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeLogoUrl(' JavaScript:alert(1)')).toBeUndefined();
    expect(safeLogoUrl('data:text/html,<script>alert(1)</script>')).toBeUndefined();
    expect(safeLogoUrl('/logo.png')).toBeUndefined();
    expect(safeLogoUrl('file:///etc/passwd')).toBeUndefined();
    expect(safeLogoUrl('')).toBeUndefined();
  });
});

describe('brandToCssVariables', () => {
  it('maps the brand to --vfk-* variables with a readable text colour on the primary', () => {
    expect(
      brandToCssVariables({
        primaryColor: '#ffd400',
        backgroundColor: 'rgb(250, 250, 250)',
        radius: 4,
        fontFamily: 'Inter, sans-serif',
      }),
    ).toEqual({
      '--vfk-primary': '#ffd400',
      '--vfk-primary-text': '#000000',
      '--vfk-background': 'rgb(250, 250, 250)',
      '--vfk-radius': '4px',
      '--vfk-font': 'Inter, sans-serif',
    });
  });
  it('drops values that are not colours or lengths (no CSS smuggled through the brand)', () => {
    expect(
      brandToCssVariables({
        primaryColor: 'red; background: url(https://evil.example)',
        radius: '4px;x',
        fontFamily: 'a{}',
      }),
    ).toEqual({});
  });
  it('picks white text on dark primaries', () => {
    expect(readableTextOn('#2446c7')).toBe('#ffffff');
    expect(readableTextOn('#9db3ff')).toBe('#000000');
  });
});
