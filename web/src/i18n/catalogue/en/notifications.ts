/** Messages of the notifications area; keys start with "notifications.". */
export const notifications = {
  'notifications.title': 'Notifications',
  'notifications.buttonUnread': 'Notifications, {count} unread',
  'notifications.loading': 'Loading notifications…',
  'notifications.empty':
    "No notifications yet. You will hear here when someone tries to add one of your customers, or when a customer's protection is about to end.",
  'notifications.markAllRead': 'Mark all read',
  'notifications.unread': 'Unread',
  'notifications.other': 'Notification',

  'notifications.clash.headline': '{count, plural, =1 {{name} tried to add {attempted}} other {{name} tried to add {attempted} (# attempts)}}',
  'notifications.clash.detail':
    "{whose, select, pool {matches the pool customer {company}} you {matches your customer {company}} other {matches {owner}'s customer {company}}}{dimensionCount, plural, =0 {} other { on {dimensions}}}",
  'notifications.clash.toast': '{headline} — {detail}',
  'notifications.reminder': 'Protection of <b>{company}</b> ends <when>{date}</when> — follow up to keep it',
} as const;
