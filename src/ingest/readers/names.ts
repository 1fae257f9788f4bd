/** Display names for documents. */

/** The last non-empty path segment of a URL (decoded), else its host; null when it is no URL. */
export function nameFromUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const segment = u.pathname.split('/').filter(Boolean).pop();
  if (!segment) return u.hostname || null;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
