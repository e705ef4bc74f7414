import { describe, expect, it } from 'vitest';
import { authToken } from '../../../app/apollo/auth-token';
import { describeError } from '../../../shared/errors/describe-error';
import { FakeXhr, fakeXhrInEachTest, uploadRefusal } from '../imports-test-mocks';
import { uploadCardFile } from './upload-card-file';

const cards = () => new File(['Company\nAcme'], 'cards.csv', { type: 'text/csv' });

describe('uploading a card file', () => {
  fakeXhrInEachTest();

  it('posts the file as the form part "file", reports how much is sent and answers the new id', async () => {
    authToken.set('tok-1');
    const sent: number[] = [];
    const id = uploadCardFile(cards(), { onProgress: (s) => sent.push(s) });
    const xhr = FakeXhr.last()!;
    expect([xhr.method, xhr.url, xhr.headers.Authorization]).toEqual(['POST', '/api/imports', 'Bearer tok-1']);
    expect(xhr.file()?.name).toBe('cards.csv');
    xhr.progress(5, 10);
    xhr.respond(201, { id: '12' });
    await expect(id).resolves.toBe('12');
    expect(sent).toEqual([0.5]);
  });

  it('turns the server’s coded refusal into an error describeError words', async () => {
    const upload = uploadCardFile(cards());
    FakeXhr.last()!.respond(415, uploadRefusal('FILE_TYPE_NOT_SUPPORTED'));
    const error = await upload.catch((e: unknown) => e);
    expect(describeError(error)).toMatchObject({ code: 'FILE_TYPE_NOT_SUPPORTED', message: expect.stringContaining('Excel workbook (.xlsx) or a CSV file') });
  });

  it('goes by the status when a proxy answered instead of Berth, and calls a lost connection a network error', async () => {
    const tooBig = uploadCardFile(cards());
    FakeXhr.last()!.respond(413, '<html>Request Entity Too Large</html>');
    expect(describeError(await tooBig.catch((e: unknown) => e)).code).toBe('FILE_TOO_LARGE');

    const lost = uploadCardFile(cards());
    FakeXhr.last()!.fail();
    expect(describeError(await lost.catch((e: unknown) => e)).code).toBe('NETWORK_ERROR');
  });

  it('refuses a file over 20 MB without sending it', async () => {
    const big = new File(['x'], 'big.xlsx');
    Object.defineProperty(big, 'size', { value: 20 * 1024 * 1024 + 1 });
    expect(describeError(await uploadCardFile(big).catch((e: unknown) => e)).code).toBe('FILE_TOO_LARGE');
    expect(FakeXhr.made).toHaveLength(0);
  });
});
