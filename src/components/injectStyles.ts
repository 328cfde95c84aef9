import css from './styles.css?inline';

const STYLE_ID = 'vfk-access-styles';

/**
 * Adds the widget's stylesheet to the document once. Vite's library mode would emit imported CSS
 * as a separate file the host must remember to import; inlining it makes `<VerifikAccess>` work
 * with no extra step. Prepended, so any host rule of equal specificity wins.
 */
export function injectStyles(
  nonce: string | undefined,
  target: Document | undefined = globalThis.document,
): void {
  if (!target || target.getElementById(STYLE_ID)) return;
  const style = target.createElement('style');
  style.id = STYLE_ID;
  if (nonce) style.nonce = nonce;
  style.textContent = css;
  target.head.prepend(style);
}
