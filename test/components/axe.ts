import axe from 'axe-core';
import { expect } from 'vitest';

/** axe over the widget; colour contrast is checked on real pixels in the Storybook run instead. */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const result = await axe.run(element, { rules: { 'color-contrast': { enabled: false } } });
  const summary = result.violations.map((violation) => `${violation.id}: ${violation.help}`);
  expect(summary).toEqual([]);
}
