/**
 * Reads `?setup=CODE` from the address bar once and removes it, so the code does not
 * stay in the browser's history or in a screenshot of the address bar.
 */
export function takeSetupCodeFromUrl(): string | null {
  const url = new URL(window.location.href);
  const code = url.searchParams.get('setup');
  if (code === null) return null;
  url.searchParams.delete('setup');
  window.history.replaceState(null, '', url.toString());
  return code.trim() === '' ? null : code.trim();
}
