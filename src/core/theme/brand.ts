import { readableTextOn } from './contrast';

/** The host's look. Every field is optional; unset fields keep the default theme. */
export interface Brand {
  /** Logo shown above the title. Only `http(s):` or `data:image/` URLs are used; others are ignored. */
  logoUrl?: string;
  /** Buttons, links, focus ring and the active code slot. Default: `#2446c7` light, `#9db3ff` dark. */
  primaryColor?: string;
  /** The widget's background. Default: `#ffffff` light, `#16181d` dark. */
  backgroundColor?: string;
  /** Body text. Default: `#1a1d23` light, `#eef0f4` dark. */
  textColor?: string;
  /** Field and card borders. Default: `#6b7280` light, `#8b93a3` dark. */
  borderColor?: string;
  /** Corner radius of the card, fields and buttons, a CSS length or a number of pixels. Default: `10px`. */
  radius?: string | number;
  /** Font stack. Default: the system UI font. */
  fontFamily?: string;
  /** `light`, `dark`, or `auto` to follow the user's system setting. Default: `auto`. */
  colorScheme?: 'light' | 'dark' | 'auto';
}

export type CssVariables = Record<`--vfk-${string}`, string>;

// Colours go into inline style values: keep to colour syntax so a brand can't smuggle in other CSS.
const COLOR =
  /^(#[0-9a-f]{3,8}|(rgb|rgba|hsl|hsla|oklch|oklab|lab|lch)\([\d\s.,%/+-]+\)|[a-z]{3,20})$/i;
const LENGTH = /^\d+(\.\d+)?(px|rem|em|%)$/;
const FONT = /^[\w\s,"'-]+$/;

export function isSafeColor(value: string): boolean {
  return COLOR.test(value.trim());
}

/** The logo URL if it is `http(s):` or `data:image/`, else undefined (no `javascript:`, no relative). */
export function safeLogoUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const trimmed = url.trim();
  if (/^data:image\/(png|jpeg|gif|webp|avif|svg\+xml)[;,]/i.test(trimmed)) return trimmed;
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** Inline CSS variables for the widget root, from the brand; invalid values are dropped. */
export function brandToCssVariables(brand: Brand = {}): CssVariables {
  const variables: CssVariables = {};
  const color = (name: string, value: string | undefined) => {
    if (value && isSafeColor(value)) variables[`--vfk-${name}`] = value.trim();
  };
  color('primary', brand.primaryColor);
  color('background', brand.backgroundColor);
  color('text', brand.textColor);
  color('border', brand.borderColor);
  if (brand.primaryColor && isSafeColor(brand.primaryColor)) {
    variables['--vfk-primary-text'] = readableTextOn(brand.primaryColor.trim());
  }
  const radius = typeof brand.radius === 'number' ? `${brand.radius}px` : brand.radius;
  if (radius && LENGTH.test(radius)) variables['--vfk-radius'] = radius;
  if (brand.fontFamily && FONT.test(brand.fontFamily)) variables['--vfk-font'] = brand.fontFamily;
  return variables;
}
