import { calendarDate, cleanText, validateContactFields, type FieldProblem } from '@berth/domain';
import { browserTimeZone } from '../../i18n/i18n';
import type { Translate } from '../../i18n/translator';
import { toFieldErrors, type FieldErrors } from '../../shared/forms/field-errors';
import { compactEntries, remapItemProblems } from '../../shared/forms/list-entries';
import type { Contact } from './components/ContactList.fragment';
import { CONTACT_FIELD_LABELS } from './customer-labels';
import type { ContactInput } from '../../gql/graphql';
import { translated } from '../../i18n/message-keys';

export interface ContactFormValues {
  name: string;
  title: string;
  phones: string[];
  emails: string[];
  birthday: string;
}

/** One empty box each, so there is somewhere to type without pressing "Add" first. */
export const EMPTY_CONTACT_FORM: ContactFormValues = { name: '', title: '', phones: [''], emails: [''], birthday: '' };

export function formValuesFromContact(contact: Contact): ContactFormValues {
  return {
    name: contact.name,
    title: contact.title ?? '',
    phones: contact.phones.length > 0 ? contact.phones : [''],
    emails: contact.emails.length > 0 ? contact.emails : [''],
    birthday: contact.birthday ?? '',
  };
}

/** The input as sent, plus where each sent list entry sits on screen. */
export function toContactInput(values: ContactFormValues) {
  const phones = compactEntries(values.phones);
  const emails = compactEntries(values.emails);
  const input: ContactInput = {
    name: cleanText(values.name) ?? '',
    title: cleanText(values.title) ?? null,
    phones: phones.values,
    emails: emails.values,
    birthday: cleanText(values.birthday) ?? null,
  };
  return { input, origins: { phones: phones.origin, emails: emails.origin } };
}

/** Server or browser problems with list paths moved back onto the boxes on screen. */
export function contactProblemsToErrors(problems: FieldProblem[], values: ContactFormValues, t: Translate): FieldErrors {
  const { origins } = toContactInput(values);
  const placed = remapItemProblems(remapItemProblems(problems, 'phones', origins.phones), 'emails', origins.emails);
  return toFieldErrors(placed, translated(CONTACT_FIELD_LABELS, t), t);
}

export function validateContactForm(values: ContactFormValues, t: Translate): FieldErrors {
  const { input } = toContactInput(values);
  // A birthday cannot be later than the viewer's own today (the browser's zone, not the team's).
  const today = calendarDate(new Date(), browserTimeZone());
  const problems = validateContactFields({ ...input, name: input.name || null }, { requireName: true, today });
  return contactProblemsToErrors(problems, values, t);
}
