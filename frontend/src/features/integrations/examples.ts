/**
 * The copy-ready snippets shown beside a secret. The secret goes into a shell variable of its own
 * first, so that the curl line itself can be shared (in a ticket, a README) without leaking it.
 */

/** Quotes a value for a POSIX shell: inside single quotes nothing is special but the quote itself. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** Sets the client's id and secret, then asks Keycloak's token endpoint for a client-credentials token. */
export function tokenRequestExample(tokenUrl: string, clientId: string, clientSecret: string): string {
  return [
    `CLIENT_ID=${shellQuote(clientId)}`,
    `CLIENT_SECRET=${shellQuote(clientSecret)}`,
    `curl -s -d grant_type=client_credentials \\`,
    `  --data-urlencode "client_id=$CLIENT_ID" --data-urlencode "client_secret=$CLIENT_SECRET" \\`,
    `  ${shellQuote(tokenUrl)}`,
  ].join('\n');
}
