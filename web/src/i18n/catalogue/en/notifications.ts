/** Messages of the notifications area; keys start with "notifications.". */
export const notifications = {
} as const;
