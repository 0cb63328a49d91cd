import { useMutation } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import { fileNameOf, saveFile } from '../save-file';

/** The export as the server sent it, and the file name it asked for. */
export interface MyDataFile {
  blob: Blob;
  fileName: string;
}

/**
 * Everything the platform stores about the caller, as one JSON file. It is fetched with the token
 * (a plain link would carry none) and kept as it came, byte for byte.
 */
export async function downloadMyData(client: ApiClient): Promise<MyDataFile> {
  const result = await client.GET('/api/v1/me/export', { parseAs: 'blob' });
  const blob = unwrap<Blob>(result);
  return { blob, fileName: fileNameOf(result.response.headers.get('Content-Disposition')) };
}

/** Fetches the export and hands it to the browser as a download. */
export function useDownloadMyData() {
  const client = useApiClient();
  return useMutation({
    mutationFn: () => downloadMyData(client),
    onSuccess: ({ blob, fileName }) => saveFile(blob, fileName),
  });
}
