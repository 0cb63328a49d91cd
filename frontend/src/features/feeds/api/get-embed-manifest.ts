import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api/api-error';
import type { EmbedManifest } from '../feed-url';

/** Where the widget is published: on the SPA's own origin (widget/README.md). */
export const EMBED_MANIFEST_PATH = '/embed/din-embed.json';
export const EMBED_LATEST_PATH = '/embed/din-embed.js';

function isManifest(value: unknown): value is EmbedManifest {
  if (typeof value !== 'object' || value === null) return false;
  const { file, integrity } = value as Record<string, unknown>;
  return (
    typeof file === 'string' &&
    /^\/embed\/din-embed-[0-9a-f]+\.js$/.test(file) &&
    typeof integrity === 'string' &&
    /^sha(256|384|512)-[A-Za-z0-9+/=]+$/.test(integrity)
  );
}

/** The versioned widget file and its SRI hash, as `npm run build` wrote them. */
export async function getEmbedManifest(origin: string): Promise<EmbedManifest> {
  const response = await fetch(new URL(EMBED_MANIFEST_PATH, origin), { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new ApiError(response.status, undefined);
  const body: unknown = await response.json();
  if (!isManifest(body)) throw new ApiError(response.status, undefined);
  return { file: body.file, integrity: body.integrity };
}

export function embedManifestQueryOptions(origin: string) {
  return queryOptions({
    queryKey: ['embed', 'manifest', origin],
    queryFn: () => getEmbedManifest(origin),
    staleTime: 5 * 60 * 1000,
  });
}

export function useEmbedManifest() {
  return useQuery(embedManifestQueryOptions(window.location.origin));
}
