import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guessColumns } from '@berth/domain';
import { openCardFile } from '../../server/src/modules/imports/reading/card-file';
import { startTestServer, type TestServer } from '../support/test-server';
import { errorCode, gql } from '../support/graphql-client';
import { loginAs, makeDepartment, makeUser } from '../support/factories';
import { csvOf, uploadCardFile, xlsxOf } from '../support/card-files';

const JOB = `query($id: ID!) { importJob(id: $id) { id fileName fileKind status headers mapping sampleRows totalRows createdBy { name } } }`;

/** The first step of an import: the file goes up, is read whole, and comes back as columns to map. */
describe('import upload', () => {
  let t: TestServer;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestServer({ now: '2026-12-07T09:00:00Z' });
    const east = await makeDepartment(t.dataSource, 'East China');
    const west = await makeDepartment(t.dataSource, 'West China');
    const people = {
      rep: await makeUser(t.dataSource, { department: east, name: 'Zhang Min' }),
      teammate: await makeUser(t.dataSource, { department: east }),
      manager: await makeUser(t.dataSource, { role: 'MANAGER', department: east }),
      otherManager: await makeUser(t.dataSource, { role: 'MANAGER', department: west }),
    };
    for (const [who, user] of Object.entries(people)) tokens[who] = await loginAs(t.graphqlUrl, user);
  });
  afterAll(() => t.stop());

  it('reads the whole file, guesses the columns and keeps the first rows to map by', async () => {
    const file = await xlsxOf([
      ['公司名称', '联系人', '手机', '展位号'],
      ['上海华泰纺织有限公司', '王芳', 13800138000, 'A-12'],
      [],
      ['北京长城贸易有限公司', '张伟', 13900139000, 'B-3'],
    ]);
    const up = await uploadCardFile(t.url, tokens.rep, file, 'C:\\Users\\zm\\广交会 2026.xlsx');
    expect(up.status).toBe(201);
    const res = await gql(t.graphqlUrl, JOB, { id: up.body.id }, { token: tokens.rep });
    expect(res.errors).toBeUndefined();
    expect(res.data.importJob).toEqual({
      id: up.body.id,
      fileName: '广交会 2026.xlsx',
      fileKind: 'XLSX',
      status: 'UPLOADED',
      headers: ['公司名称', '联系人', '手机', '展位号'],
      mapping: ['companyName', 'contactName', 'contactMobile', null],
      sampleRows: [
        ['上海华泰纺织有限公司', '王芳', '13800138000', 'A-12'],
        ['北京长城贸易有限公司', '张伟', '13900139000', 'B-3'],
      ],
      totalRows: 2,
      createdBy: { name: 'Zhang Min' },
    });
  });

  it('shows an import to its uploader and their managers, to nobody else', async () => {
    const { body } = await uploadCardFile(t.url, tokens.rep, csvOf([['Company'], ['Acme Ltd']]), 'cards.csv');
    const sees = async (who: string) => {
      const one = await gql(t.graphqlUrl, JOB, { id: body.id }, { token: tokens[who] });
      const listed = (await gql(t.graphqlUrl, '{ importJobs { id } }', {}, { token: tokens[who] })).data.importJobs.some((j: { id: string }) => j.id === body.id);
      return { one: one.data?.importJob ? 'seen' : errorCode(one), listed };
    };
    expect(await sees('rep')).toEqual({ one: 'seen', listed: true });
    expect(await sees('manager')).toEqual({ one: 'seen', listed: true });
    expect(await sees('teammate')).toEqual({ one: 'NOT_FOUND', listed: false });
    expect(await sees('otherManager')).toEqual({ one: 'NOT_FOUND', listed: false });
  });

  it.each([
    ['no session', null, async () => csvOf([['Company'], ['Acme']]), 401, 'UNAUTHENTICATED'],
    ['an image', 'rep', async () => Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), 415, 'FILE_TYPE_NOT_SUPPORTED'],
    ['a file over 20 MB', 'rep', async () => Buffer.alloc(20 * 1024 * 1024 + 10, 0x41), 413, 'FILE_TOO_LARGE'],
    ['a header and no cards', 'rep', async () => csvOf([['公司名称', '联系人'], [null, null]]), 400, 'FILE_HAS_NO_ROWS'],
    ['50,001 cards', 'rep', async () => csvOf([['Company'], ...Array.from({ length: 50_001 }, (_, i) => [`Company ${i}`])]), 400, 'FILE_TOO_MANY_ROWS'],
  ])('refuses %s with a code and keeps nothing', async (_what, who, file, status, code) => {
    const before = (await t.dataSource.query('SELECT count(*)::int AS n FROM import_jobs'))[0].n;
    const up = await uploadCardFile(t.url, who ? tokens[who] : null, await file());
    expect({ status: up.status, code: up.body.errors?.[0].extensions.code }).toEqual({ status, code });
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM import_jobs'))[0].n).toBe(before);
  });

  it('keeps at most 10 open imports per person: the 11th upload is refused until one is cancelled, whose file is then dropped', async () => {
    const busy = await loginAs(t.graphqlUrl, await makeUser(t.dataSource));
    const file = csvOf([['Company'], ['Acme Ltd']]);
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) ids.push((await uploadCardFile(t.url, busy, file)).body.id!);
    const refused = await uploadCardFile(t.url, busy, file);
    expect({ status: refused.status, code: refused.body.errors?.[0].extensions.code }).toEqual({ status: 429, code: 'TOO_MANY_OPEN_IMPORTS' });
    expect((await gql(t.graphqlUrl, 'mutation($id: ID!) { cancelImport(id: $id) { status } }', { id: ids[0] }, { token: busy })).data.cancelImport.status).toBe('CANCELLED');
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM import_files WHERE job_id = $1', [ids[0]]))[0].n).toBe(0);
    expect((await uploadCardFile(t.url, busy, file)).status).toBe(201);
  });

  it('refuses a request that is not a multipart upload with BAD_REQUEST', async () => {
    const res = await fetch(`${t.url}/api/imports`, { method: 'POST', body: 'hello', headers: { authorization: `Bearer ${tokens.rep}`, 'content-type': 'text/plain' } });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});

describe('import template', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());

  it.each([
    ['en', ['companyName', 'contactName', 'contactTitle', 'contactMobile', 'phone', 'email', 'website', 'industry', 'region', 'source', 'tags']],
    ['zh', ['companyName', 'contactName', 'contactTitle', 'contactMobile', 'phone', 'email', 'website', 'industry', 'region', 'source', 'tags']],
  ])('offers an %s template whose every header maps by itself', async (lang, fields) => {
    const res = await fetch(`${t.url}/api/imports/template.xlsx?lang=${lang}`);
    expect(res.status).toBe(200);
    const { headers, rows } = await readBack(Buffer.from(await res.arrayBuffer()));
    expect(guessColumns(headers)).toEqual(fields);
    expect(rows).toHaveLength(1);
  });
});

async function readBack(bytes: Buffer) {
  const opened = await openCardFile(bytes);
  const rows = [];
  for await (const row of opened.rows) rows.push(row);
  return { headers: opened.headers, rows };
}
