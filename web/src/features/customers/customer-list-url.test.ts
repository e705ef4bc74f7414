import { describe, expect, it } from 'vitest';
import { LIMITS } from '@berth/domain';
import { DEFAULT_LIST_VIEW, customerListSearch, readCustomerListView, writeCustomerListView, type CustomerListView } from './customer-list-url';

const read = (search: string, opts?: { withOwner?: boolean }) => readCustomerListView(new URLSearchParams(search), opts);

describe('the customer list in the URL', () => {
  it('reads the example link', () => {
    expect(read('status=NEGOTIATING&region=3&q=acme&sort=PROTECTED_UNTIL:ASC')).toEqual({
      filter: { status: 'NEGOTIATING', regionId: '3', text: 'acme' },
      sort: { field: 'PROTECTED_UNTIL', direction: 'ASC' },
      pageSize: 25,
    });
  });

  it.each<[string, CustomerListView]>([
    ['nothing chosen', DEFAULT_LIST_VIEW],
    [
      'every filter, a sort and a page size',
      {
        filter: { text: 'acme & sons', status: 'WON', tier: 'A', industry: 'Food & Beverage', regionId: '3', ownerId: '12', tags: ['VIP', 'export'] },
        sort: { field: 'COMPANY_NAME', direction: 'ASC' },
        pageSize: 100,
      },
    ],
    ['Chinese text', { filter: { text: '鑫康科技', industry: '制造业', tags: ['重点'] }, sort: { field: 'OWNED_SINCE', direction: 'DESC' }, pageSize: 10 }],
  ])('survives a round trip: %s', (_name, view) => {
    expect(readCustomerListView(writeCustomerListView(view))).toEqual(view);
  });

  it('leaves defaults out of the URL and keeps parameters that are not its own', () => {
    const base = new URLSearchParams('figure=HOLDINGS&rep=12&status=LOST&size=50');
    const written = writeCustomerListView({ ...DEFAULT_LIST_VIEW, filter: { status: 'WON' } }, base);
    expect(written.toString()).toBe('figure=HOLDINGS&rep=12&status=WON');
    expect(writeCustomerListView(DEFAULT_LIST_VIEW).toString()).toBe('');
    expect(writeCustomerListView({ ...DEFAULT_LIST_VIEW, sort: { field: 'PROTECTED_UNTIL', direction: 'ASC' } }).toString()).toBe('sort=PROTECTED_UNTIL%3AASC');
  });

  it.each([
    ['an unknown status', 'status=BOGUS'],
    ['a lower-case status', 'status=won'],
    ['ids that are not ids', 'region=abc&owner=-4'],
    ['a zero and an oversized id', 'region=0&owner=99999999999'],
    ['an unknown sort field', 'sort=PASSWORD:ASC'],
    ['a sort without a direction', 'sort=COMPANY_NAME'],
    ['a sort with a bad direction', 'sort=COMPANY_NAME:UP'],
    ['a sort with too many parts', 'sort=COMPANY_NAME:ASC:DESC'],
    ['a page size the grid does not offer', 'size=7'],
    ['a page size that is not a number', 'size=lots'],
    ['an absurd page size', 'size=100000'],
    ['blank text', 'q=%20%20&industry=&tag='],
    ['text over the search limit', `q=${'x'.repeat(LIMITS.textSearch + 1)}`],
    ['an industry over its limit', `industry=${'x'.repeat(LIMITS.industry + 1)}`],
    ['a tier code with spaces', 'tier=A%20B'],
  ])('ignores %s, never failing', (_name, search) => {
    expect(read(search)).toEqual(DEFAULT_LIST_VIEW);
  });

  it('reads a malformed escape as the text it decodes to, and nothing else', () => {
    expect(read('q=%E0%A4%A&status=%')).toEqual({ ...DEFAULT_LIST_VIEW, filter: { text: expect.any(String) } });
  });

  it('keeps what is valid beside what is not', () => {
    expect(read('status=BOGUS&tier=B&sort=NOPE:ASC&size=50')).toEqual({ filter: { tier: 'B' }, sort: DEFAULT_LIST_VIEW.sort, pageSize: 50 });
  });

  it('trims text, reads a direction in any case and takes the first of repeated values', () => {
    expect(read('q=%20acme%20&sort=company_name:asc&status=WON&status=LOST')).toEqual({
      filter: { text: 'acme', status: 'WON' },
      sort: { field: 'COMPANY_NAME', direction: 'ASC' },
      pageSize: 25,
    });
  });

  it('reads tags once each, at most as many as a customer may have', () => {
    const many = Array.from({ length: LIMITS.tags + 5 }, (_, i) => `tag=t${i}`).join('&');
    expect(read(`${many}&tag=t0`).filter.tags).toHaveLength(LIMITS.tags);
    expect(read('tag=VIP&tag=VIP&tag=export').filter.tags).toEqual(['VIP', 'export']);
  });

  it('drops an owner for a viewer without an owner filter', () => {
    expect(read('owner=12&status=WON', { withOwner: false }).filter).toEqual({ status: 'WON' });
  });

  it('writes a link that reads like the example and survives the trip through it', () => {
    const view: CustomerListView = { filter: { status: 'NEGOTIATING', regionId: '3', text: 'acme & co' }, sort: { field: 'PROTECTED_UNTIL', direction: 'ASC' }, pageSize: 25 };
    const search = customerListSearch(writeCustomerListView(view));
    expect(search).toBe('?q=acme+%26+co&status=NEGOTIATING&region=3&sort=PROTECTED_UNTIL:ASC');
    expect(readCustomerListView(new URLSearchParams(search))).toEqual(view);
    expect(customerListSearch(new URLSearchParams())).toBe('');
  });
});
