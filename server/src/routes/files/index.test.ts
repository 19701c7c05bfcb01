import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { createTestApp, loginAs } from '../../testing/test-app';
import { json } from '../../testing/json';
import { sniffFileKind } from '../../files/file-kind';

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

async function signedIn(username = 'citizen.demo') {
  const { app } = createTestApp();
  const cookie = await loginAs(app, username);
  const upload = (bytes: Uint8Array, name: string, extra: Record<string, string> = {}) => {
    const form = new FormData();
    form.set('file', new File([bytes], name));
    for (const [k, v] of Object.entries(extra)) form.set(k, v);
    return app.request('/api/files', { method: 'POST', body: form, headers: { cookie } });
  };
  return { app, cookie, upload };
}

describe('POST /api/files', () => {
  it('stores a PDF, answers the entry with its SHA-256, and gives it back to the uploader only', async () => {
    // given a signed-in citizen
    const { app, cookie, upload } = await signedIn();
    // when
    const res = await upload(PDF, '营业执照.pdf');
    // then
    expect(res.status).toBe(201);
    const entry = await json(res);
    expect(entry).toEqual({ id: expect.any(String), name: '营业执照.pdf', size: PDF.length, sha256: createHash('sha256').update(PDF).digest('hex'), type: 'pdf' });
    const read = await app.request(`/api/files/${entry.id}`, { headers: { cookie } });
    expect(read.status).toBe(200);
    expect(read.headers.get('content-type')).toBe('application/pdf');
    expect(new Uint8Array(await read.arrayBuffer())).toEqual(PDF);
    // and another user gets 404, as if it did not exist
    const other = await loginAs(app, 'company.demo');
    expect((await app.request(`/api/files/${entry.id}`, { headers: { cookie: other } })).status).toBe(404);
  });

  it('judges the type by the content, not the name', async () => {
    const { upload } = await signedIn();
    const fake = await upload(new TextEncoder().encode('<script>alert(1)</script>'), 'scan.pdf');
    expect(fake.status).toBe(400);
    expect((await json(fake)).error).toMatchObject({ code: 'file_type', path: 'file' });
    const png = await json(await upload(PNG, 'photo.pdf'));
    expect(png.type).toBe('png');
  });

  it('applies the chain form field\'s accepted types', async () => {
    // given the restaurant form's upload fields (generated form: PDF, JPEG, PNG)
    const { app, upload } = await signedIn('city-admin.370800');
    const cookie = await loginAs(app, 'city-admin.370800');
    const form = await json(await app.request('/api/chains/YL-370800-CY-001/form', { headers: { cookie } }));
    const materials = form.schema.properties.section_materials.properties as Record<string, unknown>;
    const key = Object.keys(materials).find((k) => k.startsWith('materials.'))!;
    // when uploading a PDF for that field, and for a field that does not exist
    const ok = await upload(PDF, 'a.pdf', { chain: 'YL-370800-CY-001', field: key });
    const missing = await upload(PDF, 'a.pdf', { chain: 'YL-370800-CY-001', field: 'nope' });
    // then
    expect(ok.status).toBe(201);
    expect(missing.status).toBe(400);
    expect((await json(missing)).error.path).toBe('field');
  });

  it('refuses empty files, anonymous uploads and strips path parts from names', async () => {
    const { app, upload } = await signedIn();
    expect((await upload(new Uint8Array(), 'x.pdf')).status).toBe(400);
    const named = await json(await upload(PDF, '../../etc/passwd.pdf'));
    expect(named.name).toBe('passwd.pdf');
    const form = new FormData();
    form.set('file', new File([PDF], 'a.pdf'));
    expect((await app.request('/api/files', { method: 'POST', body: form })).status).toBe(401);
  });
});

describe('sniffFileKind', () => {
  it('knows PDF, JPEG, PNG and OFD (ZIP) by their first bytes', () => {
    expect(sniffFileKind(PDF)).toBe('pdf');
    expect(sniffFileKind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(sniffFileKind(PNG)).toBe('png');
    expect(sniffFileKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe('ofd');
    expect(sniffFileKind(new TextEncoder().encode('GIF89a'))).toBeNull();
  });
});
