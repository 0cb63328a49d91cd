import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultExportFileName, fileNameOf, saveFile } from './save-file';

const NOON_1_DEC = new Date('2026-12-01T12:00:00Z');

describe('fileNameOf', () => {
  it('takes the quoted file name of the API', () => {
    expect(fileNameOf('attachment; filename="din-my-data-2026-11-30.json"', NOON_1_DEC)).toBe('din-my-data-2026-11-30.json');
  });

  it('prefers filename* (UTF-8) and reads an unquoted name', () => {
    expect(fileNameOf(`attachment; filename="a.json"; filename*=UTF-8''mina%20data%20%C3%A5.json`)).toBe('mina data å.json');
    expect(fileNameOf('attachment; filename=export.json')).toBe('export.json');
  });

  it('keeps a name to one segment, without folders', () => {
    expect(fileNameOf('attachment; filename="../../etc/passwd"')).toBe('.._.._etc_passwd');
  });

  it("falls back to the API's name for today (a Swedish day) when the header cannot be read", () => {
    expect(fileNameOf(null, NOON_1_DEC)).toBe('din-my-data-2026-12-01.json');
    expect(fileNameOf('attachment', NOON_1_DEC)).toBe('din-my-data-2026-12-01.json');
    // 23:30 UTC on 30 November is already 1 December in Stockholm.
    expect(defaultExportFileName(new Date('2026-11-30T23:30:00Z'))).toBe('din-my-data-2026-12-01.json');
  });
});

describe('saveFile', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('clicks a download link to an object URL of the blob, then revokes the URL', () => {
    vi.useFakeTimers();
    const blob = new Blob(['{}'], { type: 'application/json' });
    const created = vi.fn((_blob: Blob) => 'blob:http://spa.test/1');
    const revoked = vi.fn();
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: revoked });
    const clicks: { href: string; download: string; attached: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download, attached: document.body.contains(this) });
    });

    saveFile(blob, 'din-my-data-2026-12-01.json');

    expect(created).toHaveBeenCalledWith(blob);
    expect(clicks).toEqual([{ href: 'blob:http://spa.test/1', download: 'din-my-data-2026-12-01.json', attached: true }]);
    expect(document.querySelector('a[download]')).toBeNull();
    expect(revoked).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoked).toHaveBeenCalledWith('blob:http://spa.test/1');
  });
});
