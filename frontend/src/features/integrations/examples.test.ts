import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shellQuote, tokenRequestExample } from './examples';

describe('shellQuote', () => {
  it('keeps every character literal, single quotes included, as bash reads it back', () => {
    for (const value of ["plain", "it's", "$HOME `id` \"x\" \\n", "a'b'c"]) {
      expect(execFileSync('bash', ['-c', `printf %s ${shellQuote(value)}`]).toString()).toBe(value);
    }
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
    // What bash makes of it: the secret arrives intact.
    const script = `${example.replace(/curl /, 'printf "%s\\n" "$CLIENT_SECRET"; : ')}`;
    expect(execFileSync('bash', ['-c', script]).toString().trim()).toBe("s3cr'et");
  });
});
