/** The helper text MUI renders under an input (found through aria-describedby); null when it shows none. */
export function helperTextOf(input: HTMLElement): string | null {
  const id = input.getAttribute('aria-describedby');
  // MUI keeps the line's height with a zero-width space when there is no message.
  return (id ? document.getElementById(id)?.textContent : null)?.replace(/\u200b/g, '').trim() || null;
}
