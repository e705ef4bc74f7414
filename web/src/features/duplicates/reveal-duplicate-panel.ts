/**
 * Brings the duplicate panel into view and moves focus to it: on a phone it sits under the whole
 * form, far from the name field and the save button where the verdict is first noticed.
 */
export function revealDuplicatePanel(panelId: string): void {
  const panel = document.getElementById(panelId);
  if (!panel) return;
  panel.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
  // Focus follows for keyboard and screen-reader users; the scroll above already moved the view.
  panel.focus({ preventScroll: true });
}
