/**
 * A catalogue area in another language: exactly the English area's keys, each a string. A key
 * missing here fails the type check; the catalogue test checks the same at run time and that
 * both sides use the same ICU arguments.
 */
export type Translation<English> = { [Key in keyof English]: string };
