import { useCallback, useMemo, useState } from 'react';
import { errorForField, type FieldErrors } from './field-errors';

interface Options<V> {
  initial: V;
  /** Runs on every render; cheap rules only (the shared domain validators are). */
  validate: (values: V) => FieldErrors;
}

/**
 * Form state with the timing people expect: a field's message appears once they leave it
 * (or press submit), disappears as soon as the value is fixed, and a server message stays
 * until that field is edited.
 */
export function useValidatedForm<V extends object>({ initial, validate }: Options<V>) {
  const [values, setValues] = useState<V>(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrorsState] = useState<FieldErrors>({});

  const clientErrors = useMemo(() => validate(values), [validate, values]);

  const setValue = useCallback(<K extends keyof V>(field: K, value: V[K]) => {
    setValues((prev) => ({ ...prev, [field]: value }));
    setServerErrorsState((prev) => withoutField(prev, String(field)));
  }, []);

  const touch = useCallback((field: string) => {
    setTouched((prev) => (prev.has(field) ? prev : new Set(prev).add(field)));
  }, []);

  const errorFor = useCallback(
    /** `exact`: only a problem with the list itself, not one of its items. */
    (path: string, { exact = false }: { exact?: boolean } = {}): string | undefined => {
      const read = (errors: FieldErrors) => (exact ? errors[path] : errorForField(errors, path));
      const server = read(serverErrors);
      if (server) return server;
      const shown = submitted || touched.has(path.split('.')[0]);
      return shown ? read(clientErrors) : undefined;
    },
    [clientErrors, serverErrors, submitted, touched],
  );

  /** Marks the form as submitted; true when the browser-side rules pass. */
  const attemptSubmit = useCallback(() => {
    setSubmitted(true);
    return Object.keys(clientErrors).length === 0;
  }, [clientErrors]);

  return {
    values,
    setValues,
    setValue,
    touch,
    errorFor,
    attemptSubmit,
    serverErrors,
    setServerErrors: setServerErrorsState,
  };
}

function withoutField(errors: FieldErrors, field: string): FieldErrors {
  const keys = Object.keys(errors).filter((key) => key === field || key.startsWith(`${field}.`));
  if (keys.length === 0) return errors;
  const next = { ...errors };
  keys.forEach((key) => delete next[key]);
  return next;
}
