/** Messages of the followUps area; keys start with "followUps.". */
export const followUps = {
} as const;
