/** Messages of the followUps area; keys start with "followUps.". */
export const followUps = {
  'followUps.type.CALL': 'Call',
  'followUps.type.VISIT': 'Visit',
  'followUps.type.MEETING': 'Meeting',
  'followUps.type.EMAIL': 'Email',
  'followUps.type.WECHAT': 'WeChat',
  'followUps.type.NOTE': 'Note',
  'followUps.type.OTHER': 'Other',

  // Plural, for running text: "only calls, visits, meetings and emails count".
  'followUps.typePlural.CALL': 'calls',
  'followUps.typePlural.VISIT': 'visits',
  'followUps.typePlural.MEETING': 'meetings',
  'followUps.typePlural.EMAIL': 'emails',
  'followUps.typePlural.WECHAT': 'WeChat messages',
  'followUps.typePlural.NOTE': 'notes',
  'followUps.typePlural.OTHER': 'other contacts',
  // Joining the kinds: "calls, visits, meetings and emails" / "电话、拜访、会议和邮件".
  'followUps.kinds.separator': ', ',
  'followUps.kinds.last': '{rest} and {last}',

  'followUps.field.type': 'Type',
  'followUps.field.content': 'Summary',
  'followUps.field.occurredAt': 'When it happened',
  'followUps.field.nextStep': 'Next step',
  'followUps.field.remindAt': 'Reminder',

  'followUps.form.title': 'Log follow-up',
  'followUps.form.contentPlaceholder': 'What was discussed, agreed or learned',
  'followUps.form.nextStepPlaceholder': 'e.g. Send the revised quote',
  'followUps.form.saving': 'Saving…',
  'followUps.form.submit': 'Log follow-up',
  // A standalone sentence, so a Chinese label is not followed by an English predicate.
  'followUps.form.invalidDateTime': '{label} is not a valid date and time',

  'followUps.hint.counts': 'Counts toward protection',
  'followUps.hint.doesNotCount': "Won't extend protection: {why}",
  'followUps.hint.onlyKinds': 'only {kinds} count',
  'followUps.hint.tooShort': 'write at least {min} characters ({length} so far)',

  'followUps.item.counted': 'extends protection',
  'followUps.item.by': 'by {name}',
  'followUps.item.next': 'Next: {step}',
  'followUps.item.reminder': 'Reminder {dateTime}',

  'followUps.timeline.title': '{count, plural, =0 {Follow-ups} other {Follow-ups (#)}}',
  'followUps.timeline.log': 'Log follow-up',
  'followUps.timeline.empty': 'No follow-ups yet. Log the first one: {kinds} with a summary of at least {min} characters keep this customer protected.',
  'followUps.timeline.listLabel': 'Follow-ups, newest first',
  'followUps.timeline.loggedExtended': 'Follow-up logged. Protection extended.',
  'followUps.timeline.logged': 'Follow-up logged.',
} as const;
