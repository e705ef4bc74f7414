import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useT } from '../../../i18n/I18nProvider';
import { describeError, isFormProblem } from '../../../shared/errors/describe-error';
import { useErrorHandler } from '../../../shared/errors/ErrorHandlerProvider';
import { unplacedErrors } from '../../../shared/forms/field-errors';
import { useValidatedForm } from '../../../shared/forms/useValidatedForm';
import { CustomerDuplicates } from '../../duplicates/components/CustomerDuplicates';
import { DuplicateSummary } from '../../duplicates/components/DuplicateSummary';
import { useDuplicateGuard } from '../../duplicates/hooks/useDuplicateGuard';
import { CUSTOMER_FORM_FIELDS, customerProblemsToErrors, validateCustomerForm, type CustomerFormValues } from '../customer-form-values';
import { useCustomerLookups } from '../hooks/useCustomerLookups';
import { CustomerFormFields } from './CustomerFormFields';

export interface CustomerSaveOptions {
  /** The user ticked "this is a different company" for the matches the check warned about. */
  acknowledgeDuplicates: boolean;
}

export interface CustomerFormStatus {
  busy: boolean;
  /** Why saving is off (a blocking duplicate, "Already in Berth: owned by Li Wei"); null when saving may go ahead. */
  blockedReason: string | null;
  /** A duplicate verdict holding the save back, for a hint beside the save button. */
  duplicateAttention: 'WARN' | 'BLOCK' | null;
}

/** The duplicate panel's element id inside the form `formId`. */
export const duplicatePanelId = (formId: string) => `${formId}-duplicates`;

interface Props {
  mode: 'create' | 'edit';
  initial: CustomerFormValues;
  /** The customer being edited: the duplicate check does not match it against itself. */
  customerId?: string;
  /** Rejects with the API error; field problems land on their fields, duplicate refusals in the panel. */
  onSubmit: (values: CustomerFormValues, options: CustomerSaveOptions) => Promise<void>;
  /** The form element's id, so dialog actions outside the form can submit it. */
  formId: string;
  onStatusChange?: (status: CustomerFormStatus) => void;
}

/** One form for creating and editing a customer; the dialogs around it decide which mutation runs. */
export function CustomerForm({ mode, initial, customerId, onSubmit, formId, onStatusChange }: Props) {
  const t = useT();
  const handleError = useErrorHandler();
  const lookups = useCustomerLookups({ withOwners: false });
  const validate = useCallback((values: CustomerFormValues) => validateCustomerForm(values, t), [t]);
  const form = useValidatedForm({ initial, validate });
  const { values, setValue } = form;
  const duplicates = useDuplicateGuard({ mode, values, initial, customerId });
  const [busy, setBusy] = useState(false);
  const [formMessage, setFormMessage] = useState<string[]>([]);

  const onStatus = useRef(onStatusChange);
  onStatus.current = onStatusChange;
  const { blockedReason, attention } = duplicates;
  useEffect(() => onStatus.current?.({ busy, blockedReason, duplicateAttention: attention }), [busy, blockedReason, attention]);

  // A new customer starts in the lowest-ranked tier (the long tail) rather than an unset one.
  const { tiers } = lookups;
  useEffect(() => {
    if (mode === 'create' && !values.tier && tiers.length > 0) setValue('tier', tiers[tiers.length - 1].code);
  }, [mode, setValue, tiers, values.tier]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormMessage([]);
    const valid = form.attemptSubmit();
    if (!duplicates.readyToSave() || !valid) return;
    setBusy(true);
    try {
      await onSubmit(values, { acknowledgeDuplicates: duplicates.acknowledged });
    } catch (error) {
      const described = handleError(error, { inline: isFormProblem(describeError(error, t)) });
      if (duplicates.adoptRefusal(error)) return;
      const serverErrors = customerProblemsToErrors(described.fields, values, t);
      form.setServerErrors(serverErrors);
      setFormMessage(unplacedErrors(serverErrors, CUSTOMER_FORM_FIELDS));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Box component="form" id={formId} onSubmit={submit} noValidate data-testid="customer-form" aria-busy={busy}>
      {formMessage.length > 0 ? (
        <Alert severity="error" sx={{ mb: 2 }}>
          {formMessage.join(' ')}
        </Alert>
      ) : null}
      <CustomerFormFields
        form={form}
        lookups={lookups}
        autoFocusName={mode === 'create'}
        belowName={duplicates.summary ? <DuplicateSummary summary={duplicates.summary} panelId={duplicatePanelId(formId)} /> : null}
      />
      <CustomerDuplicates guard={duplicates} id={duplicatePanelId(formId)} />
    </Box>
  );
}
