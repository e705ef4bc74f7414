/**
 * Field problems by rule (the domain's FIELD_RULES), phrased with the field's label, and the
 * words for list items ("Tag 3").
 */
export const field = {
  'field.item.tag': 'Tag {n}',
  'field.item.phone': 'Phone {n}',
  'field.item.email': 'Email {n}',
  'field.rule.REQUIRED': '{label} is required',
  'field.rule.TOO_LONG': '{label} must be at most {max} characters',
} as const;
