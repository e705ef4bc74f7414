/** Messages of the app area; keys start with "app.". */
export const app = {
} as const;
