/** The name the export gets when the server's Content-Disposition cannot be read. */
export function defaultExportFileName(now: Date = new Date()): string {
  // sv-SE writes dates as YYYY-MM-DD; the platform's days are Swedish days.
  const day = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'short' }).format(now);
  return `din-my-data-${day}.json`;
}

/** Keeps a file name to one harmless segment: no folders, no control characters. */
function safeFileName(name: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
  const cleaned = name.replace(/[\u0000-\u001f\u007f/\\]/g, '_').trim();
  return cleaned && cleaned !== '.' && cleaned !== '..' ? cleaned : undefined;
}

/**
 * The file name of a Content-Disposition header (RFC 6266): `filename*` (RFC 8187, UTF-8) before
 * `filename`. The header is readable cross-origin only when the API exposes it through CORS;
 * without it the export is named as the API names it, from today's date.
 */
export function fileNameOf(contentDisposition: string | null, now: Date = new Date()): string {
  const header = contentDisposition ?? '';
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header)?.[1];
  if (extended) {
    try {
      const name = safeFileName(decodeURIComponent(extended.trim()));
      if (name) return name;
    } catch {
      // A malformed percent-encoding: try the plain parameter.
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/.exec(header);
  const name = plain ? safeFileName((plain[1] ?? plain[2] ?? '').replace(/\\(.)/g, '$1')) : undefined;
  return name ?? defaultExportFileName(now);
}

/** How long the object URL stays valid: long enough for the browser to start saving it. */
const REVOKE_AFTER_MS = 30_000;

/** Hands a blob to the browser as a download named `fileName` (a link with `download`, clicked). */
export function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
