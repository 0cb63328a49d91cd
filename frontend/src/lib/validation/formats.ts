/**
 * Formats the API checks the same way on every kind of object (actors, resources): kept here so
 * that features share them without importing each other.
 */

export const URL_MAX = 2048;

// Characters java.net.URI (the server's parser) refuses anywhere, though the WHATWG URL parser
// would quietly percent-encode them.
const ILLEGAL_URL_CHARACTERS = /[\s"<>\\^`{|}]/;

/** An absolute http or https URL with a host: `javascript:`, `data:` and relative links are refused. */
export function isHttpUrl(value: string): boolean {
  if (ILLEGAL_URL_CHARACTERS.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
}

// One @, something on both sides, a dot in the domain, no spaces.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}
