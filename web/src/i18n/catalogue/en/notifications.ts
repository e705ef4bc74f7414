/** Messages of the notifications area; keys start with "notifications.". */
export const notifications = {
  'notifications.title': 'Notifications',
  'notifications.buttonUnread': 'Notifications, {count} unread',
  'notifications.loading': 'Loading notifications…',
  'notifications.empty':
    "No notifications yet. You will hear here when someone tries to add one of your customers, when a customer's protection is about to end, or when a manager assigns customers to you or moves yours.",
  'notifications.markAllRead': 'Mark all read',
  'notifications.unread': 'Unread',
  'notifications.other': 'Notification',

  'notifications.clash.headline': '{count, plural, =1 {{name} tried to add {attempted}} other {{name} tried to add {attempted} (# attempts)}}',
  'notifications.clash.detail':
    "{whose, select, pool {matches the pool customer {company}} you {matches your customer {company}} other {matches {owner}'s customer {company}}}{dimensionCount, plural, =0 {} other { on {dimensions}}}",
  'notifications.clash.toast': '{headline} — {detail}',
  'notifications.reminder': 'Protection of <b>{company}</b> ends <when>{date}</when> — follow up to keep it',

  'notifications.ownership.assignedOne': '{name} assigned you {company}',
  'notifications.ownership.assignedMany': '{name} assigned you {count, plural, one {# customer} other {# customers}}',
  'notifications.ownership.movedOneTo': '{name} moved {company} to {receiver}',
  'notifications.ownership.movedOne': '{name} moved {company} to another rep',
  'notifications.ownership.movedManyTo': '{name} moved {count, plural, one {# of your customers} other {# of your customers}} to {receiver}',
  'notifications.ownership.releasedOne': '{name} released {company} to the pool',
  'notifications.ownership.releasedMany': '{name} released {count, plural, one {# of your customers} other {# of your customers}} to the pool',
  'notifications.ownership.movedMany': '{name} moved {count, plural, one {# of your customers} other {# of your customers}} to other reps',

  'notifications.import.importing': 'Importing {file}: {done} of {total} rows',
  'notifications.import.done': '{file} imported: {created, plural, one {# new customer} other {# new customers}}{skipped, plural, =0 {} other {, # rows skipped}}{failed, plural, =0 {} other {, # failed}}',
  'notifications.import.cancelled': 'Import of {file} cancelled: {created, plural, one {# new customer} other {# new customers}} before it stopped',
  'notifications.import.undoing': 'Undoing the import of {file}…',
  'notifications.import.undone': 'Import of {file} undone: {removed, plural, one {# customer removed} other {# customers removed}}{kept, plural, =0 {} other {, # kept}}',

  'notifications.allClashAlerts': 'Clash alerts for every team',
  'notifications.allClashAlertsHelp':
    "Owners and their managers always hear when someone tries to add their customers. Switch this on to hear of every team's clashes as well.",
  'notifications.allClashAlertsHelpLabel': 'About clash alerts for every team',
} as const;
