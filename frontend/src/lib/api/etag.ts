/**
 * The ETag a later write sends back as If-Match. The server's ETag is the quoted version; a browser
 * hides the header from a cross-origin script unless the API exposes it, so the version in the body
 * stands in for it then.
 */
export function etagOf(response: Response, body: { version: number }): string {
  return response.headers.get('ETag') ?? `"${body.version}"`;
}
