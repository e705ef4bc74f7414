/** Messages of the duplicates area; keys start with "duplicates.". */
export const duplicates = {
  'duplicates.dimension.NAME': 'Company name',
  'duplicates.dimension.EMAIL': 'Email',
  'duplicates.dimension.PHONE': 'Phone',
  'duplicates.dimension.DOMAIN': 'Domain',
  'duplicates.dimensionWord.NAME': 'name',
  'duplicates.dimensionWord.EMAIL': 'email',
  'duplicates.dimensionWord.PHONE': 'phone',
  'duplicates.dimensionWord.DOMAIN': 'domain',
  'duplicates.method.EXACT': 'Exact',
  'duplicates.method.SIMILAR': 'Similar',
  'duplicates.action.WARN': 'Warn',
  'duplicates.action.BLOCK': 'Block',

  'duplicates.ownerWithDepartment': '{name} ({department})',
  'duplicates.holder': '{holder, select, pool {in the public pool} you {owned by you} other {owned by {owner}}}',
  'duplicates.block.create':
    'Already in Berth: {holder, select, pool {in the public pool} you {owned by you} owner {owned by {owner}} other {already recorded}}{more, plural, =0 {} other { (and # more)}} — you cannot add it again.',
  'duplicates.block.edit':
    'Already in Berth: {holder, select, pool {in the public pool} you {owned by you} owner {owned by {owner}} other {already recorded}}{more, plural, =0 {} other { (and # more)}} — another customer cannot have these details.',
  'duplicates.warn': '{count, plural, one {This may be a company already in Berth. Check the match before saving.} other {This may be a company already in Berth. Check the # matches before saving.}}',
  'duplicates.clear': 'No matching customer in Berth.',
  'duplicates.notEnforced': 'These details also match another customer in Berth. Other changes can still be saved.',
  'duplicates.acknowledge': 'I checked: this is a different company',
  'duplicates.acknowledgeRequired': 'Tick this to save it as a new company.',
  'duplicates.checking': 'Checking Berth for this company…',
  'duplicates.checkFailed': 'Could not check for duplicates just now; Berth checks again when you save.',

  'duplicates.panel.label': 'Duplicate check',
  'duplicates.panel.checking': 'Checking for duplicates',
  // Says only what happened: the save found a match the live check had not shown. When the other
  // customer was entered is unknown here (it may be months old and the check simply late).
  'duplicates.panel.foundOnSave': 'Berth found a matching customer when you saved.',
  'duplicates.match.inPool': 'In the public pool',
  'duplicates.protection.until': 'Until {time}',
  'duplicates.hint.warn': 'Check the match',
  'duplicates.hint.warnShort': 'Check',

  'duplicates.short.block':
    'Already in Berth{holder, select, pool {: in the public pool} you {: owned by you} owner {: owned by {owner}} other {}}{more, plural, =0 {} other { (and # more)}}',
  'duplicates.short.warn':
    'Possibly already in Berth{holder, select, pool {: in the public pool} you {: owned by you} owner {: owned by {owner}} other {}}{more, plural, =0 {} other { (and # more)}}',
  'duplicates.summary.show': 'See the matches',

  'duplicates.evidence.similar': '{dimension} ≈ {score}',
  'duplicates.evidence.summary': '{dimension} · {method, select, EXACT {exact} other {similar}} · {score} · {action, select, BLOCK {blocks} other {warns}}',
  'duplicates.evidence.typed': 'Typed',
  'duplicates.evidence.existing': 'Existing',
  // The existing customer matched through one of its other names, not its own: {kind} is a kind word (customers.aliasKindWord).
  'duplicates.evidence.alias': 'Matched its {kind} “{name}”',
  // A similar name whose every distinctive word pairs with one of the other within one edit; {pairs} is "harbour ≈ harbor, textile ≈ textiles".
  'duplicates.evidence.pairedWords': 'Word for word: {pairs}',
  'duplicates.evidence.pairSeparator': ', ',
  // Why a match whose rule blocks only warns; {count} is sharedBy for the plural, {customers} the same number formatted.
  'duplicates.demotion.CHAIN_BRANCH': 'Only warns: same name, but the phones are in different areas, so it may be another branch.',
  'duplicates.demotion.SHARED_KEY':
    '{count, plural, one {Only warns: shared by {customers} customer, so it does not single out one company.} other {Only warns: shared by {customers} customers, so it does not single out one company.}}',
  'duplicates.demotion.GENERIC_NAME': 'Only warns: the name is made only of generic words, and nothing else matches.',

  'duplicates.claimInstead': 'Claim it instead',
  'duplicates.claimInstead.claiming': 'Claiming…',
  'duplicates.claimInstead.notHere': 'Find it in the public pool to claim it',
} as const;
