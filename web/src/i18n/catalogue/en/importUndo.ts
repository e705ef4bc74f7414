/**
 * Importing card files, after the write: undoing an import within a day of its end, the undo as it
 * runs, and what it removed or kept and why. Keys start with "imports.undo.".
 */
export const importUndo = {
  'imports.undo.offerTitle': 'Undo this import',
  'imports.undo.offerHint': 'Removes the customers it created that nobody has worked on since.',
  'imports.undo.deadline': 'Can be undone until {when}.',
  'imports.undo.button': 'Undo import',
  'imports.undo.confirmTitle': 'Undo this import?',
  'imports.undo.confirmRemoves': 'Berth removes the customers this import created ({count, plural, one {# customer} other {# customers}}) that nobody has worked on since.',
  'imports.undo.confirmKeeps': 'Customers someone has claimed, been given, returned, followed up or changed since are kept, and each row says why.',
  'imports.undo.confirmStays': 'Blank fields filled on pool customers and contacts added to customers already in Berth stay.',
  'imports.undo.keep': 'Keep the import',
  'imports.undo.confirm': 'Undo import',
  'imports.undo.confirming': 'Undoing…',

  'imports.undo.running': 'Undoing the import',
  'imports.undo.label': 'Undo progress',
  'imports.undo.line': '{decided, number} of {total, number} created customers gone through: {removed, number} removed, {kept, number} kept',
  'imports.undo.how': 'Customers someone has worked on since the import are kept.',

  'imports.undo.title': 'What the undo did',
  'imports.undo.doneAt': 'Undone {when}: {removed, plural, one {# customer} other {# customers}} removed, {kept, number} kept because someone worked on them since.',
  'imports.undo.groups': 'Created customers by what the undo did',
  'imports.undo.group.REMOVED': 'Removed',
  'imports.undo.group.KEPT': 'Kept',
  'imports.undo.groupHint.REMOVED': 'Nobody had worked on these customers since the import, so the undo removed them.',
  'imports.undo.groupHint.KEPT': 'Someone worked on these customers after the import, so the undo kept them.',
  'imports.undo.result.REMOVED': 'Removed from Berth',
  'imports.undo.result.MOVED_SINCE': 'Kept: claimed, given or returned since the import',
  'imports.undo.result.FOLLOWED_UP': 'Kept: followed up since the import',
  'imports.undo.result.CHANGED_SINCE': 'Kept: edited, or its contacts or collaborators changed, since the import',
} as const;
