/** Messages of the team area; keys start with "team.". */
export const team = {
} as const;
