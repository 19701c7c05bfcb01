import { describe, expect, it } from 'vitest';
import { ApiError } from '../../ui/api/api-error';
import { createFileUploader } from './file-uploader';

/** A stand-in XMLHttpRequest the test answers by hand. */
class FakeRequest {
  method = '';
  url = '';
  body: FormData | undefined;
  withCredentials = false;
  status = 0;
  responseText = '';
  headers: Record<string, string> = {};
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: FormData) {
    this.body = body;
  }
  answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

describe('createFileUploader', () => {
  it('posts the file with its chain and field, reports progress and answers the stored entry', async () => {
    // given an uploader for a chain
    const request = new FakeRequest();
    const upload = createFileUploader({ chain: 'YL-370800-CY-001', request: () => request as unknown as XMLHttpRequest });
    const progress: number[] = [];
    // when a file is uploaded for a field
    const done = upload(new File(['%PDF'], '营业执照.pdf', { type: 'application/pdf' }), { field: 'materials.M_YYZZ', onProgress: (p) => progress.push(p) });
    request.upload.onprogress!({ lengthComputable: true, loaded: 1, total: 4 });
    const entry = { id: 'f1', name: '营业执照.pdf', size: 4, sha256: 'ab', type: 'pdf' };
    request.answer(201, entry);
    // then the request is the files endpoint's multipart form, with cookies
    await expect(done).resolves.toEqual(entry);
    expect([request.method, request.url, request.withCredentials]).toEqual(['POST', '/api/files', true]);
    expect((request.body!.get('file') as File).name).toBe('营业执照.pdf');
    expect([request.body!.get('chain'), request.body!.get('field')]).toEqual(['YL-370800-CY-001', 'materials.M_YYZZ']);
    expect(progress).toEqual([25, 100]);
  });

  it("rejects with the server's error", async () => {
    const request = new FakeRequest();
    const done = createFileUploader({ request: () => request as unknown as XMLHttpRequest })(new File(['x'], 'a.txt'), { field: 'f', onProgress: () => undefined });
    request.answer(400, { error: { code: 'invalid_input', message: '文件类型不符' } });
    await expect(done).rejects.toEqual(new ApiError(400, 'invalid_input', '文件类型不符'));
  });
});
