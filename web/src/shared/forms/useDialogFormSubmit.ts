import { useState, type FormEvent } from 'react';
import type { FieldProblem } from '@berth/domain';
import { describeError } from '../errors/describe-error';
import { useErrorHandler } from '../errors/ErrorHandlerProvider';
import { unplacedErrors, type FieldErrors } from './field-errors';

interface Options<V> {
  form: { values: V; attemptSubmit(): boolean; setServerErrors(errors: FieldErrors): void };
  onSubmit: (values: V) => Promise<void>;
  onClose: () => void;
  /** Server field problems as this form's field errors. */
  toErrors: (fields: FieldProblem[], values: V) => FieldErrors;
  /** The fields the form shows; server problems with other fields are listed above it. */
  fields: readonly string[];
}

/**
 * Submitting a dialog form: browser rules first, then the server; its field problems land
 * under their inputs, the rest in `formMessage`, and the dialog closes only on success.
 */
export function useDialogFormSubmit<V>({ form, onSubmit, onClose, toErrors, fields }: Options<V>) {
  const handleError = useErrorHandler();
  const [busy, setBusy] = useState(false);
  const [formMessage, setFormMessage] = useState<string[]>([]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormMessage([]);
    if (!form.attemptSubmit()) return;
    setBusy(true);
    try {
      await onSubmit(form.values);
      onClose();
    } catch (error) {
      const described = handleError(error, { inline: describeError(error).fields.length > 0 });
      const errors = toErrors(described.fields, form.values);
      form.setServerErrors(errors);
      setFormMessage(unplacedErrors(errors, fields));
    } finally {
      setBusy(false);
    }
  }

  return { busy, formMessage, submit };
}
