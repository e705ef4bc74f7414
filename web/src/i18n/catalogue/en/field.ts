/** Messages of the field area; keys start with "field.". */
export const field = {
} as const;
