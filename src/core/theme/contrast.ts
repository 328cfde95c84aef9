/** WCAG 2.x relative luminance and contrast ratio, for `#rgb` / `#rrggbb` colours. */
export function parseHexColor(color: string): [number, number, number] | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  const hex = match?.[1];
  if (!hex) return undefined;
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
  const byte = (start: number) => parseInt(full.slice(start, start + 2), 16);
  return [byte(0), byte(2), byte(4)];
}

function channel(value: number): number {
  const srgb = value / 255;
  return srgb <= 0.04045 ? srgb / 12.92 : ((srgb + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance([red, green, blue]: readonly [number, number, number]): number {
  return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue);
}

/** Contrast ratio between two hex colours (1 to 21), or undefined if either is not hex. */
export function contrastRatio(first: string, second: string): number | undefined {
  const a = parseHexColor(first);
  const b = parseHexColor(second);
  if (!a || !b) return undefined;
  const [lumA, lumB] = [relativeLuminance(a), relativeLuminance(b)];
  return (Math.max(lumA, lumB) + 0.05) / (Math.min(lumA, lumB) + 0.05);
}

/** Black or white, whichever reads better on `background`; white when it cannot tell. */
export function readableTextOn(background: string): '#000000' | '#ffffff' {
  const onWhite = contrastRatio(background, '#ffffff');
  const onBlack = contrastRatio(background, '#000000');
  if (onWhite === undefined || onBlack === undefined) return '#ffffff';
  return onBlack > onWhite ? '#000000' : '#ffffff';
}
