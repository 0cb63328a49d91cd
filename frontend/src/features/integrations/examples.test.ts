import { describe, expect, it } from 'vitest';
import { shellQuote, tokenRequestExample } from './examples';

describe('shellQuote', () => {
  it('single-quotes a value, and closes, escapes and reopens around a single quote', () => {
    expect(shellQuote('plain')).toBe("'plain'");
    expect(shellQuote('$HOME `id` "x"')).toBe("'$HOME `id` \"x\"'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
  });
});

describe('tokenRequestExample', () => {
  it('puts the id and secret in variables and posts them form-encoded to the token URL', () => {
    const example = tokenRequestExample('http://localhost:8180/realms/din/protocol/openid-connect/token', 'din-int-abc', "s3cr'et");
    expect(example.split('\n')).toEqual([
      "CLIENT_ID='din-int-abc'",
      "CLIENT_SECRET='s3cr'\\''et'",
      'curl -s -d grant_type=client_credentials \\',
      '  --data-urlencode "client_id=$CLIENT_ID" --data-urlencode "client_secret=$CLIENT_SECRET" \\',
      "  'http://localhost:8180/realms/din/protocol/openid-connect/token'",
    ]);
  });
});
