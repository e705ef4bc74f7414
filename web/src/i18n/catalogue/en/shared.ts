/** Messages of the shared components (pager, search box, placeholders); keys start with "shared.". */
export const shared = {
  'shared.comingSoon.badge': 'Coming next',
  // {first}, {last} and {total} arrive formatted as figures.
  'shared.pager.range': '{first}–{last} of {total}',
  'shared.pager.previous': 'Previous page',
  'shared.pager.next': 'Next page',
  'shared.search.label': 'Search',
  'shared.search.placeholder': 'Company or other name, email, phone or website',
} as const;
