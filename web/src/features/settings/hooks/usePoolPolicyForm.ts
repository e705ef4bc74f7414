import { useCallback, useMemo } from 'react';
import { useT } from '../../../i18n/I18nProvider';
import { useValidatedForm } from '../../../shared/forms/useValidatedForm';
import type { PoolPolicyFormPolicy } from '../components/PoolPolicyForm.fragment';
import { tierRowsFor, toPolicyFormValues, toPolicyInput, type PolicyFormValues, type TierRow } from '../pool-policy-form';
import { validatePolicyForm } from '../pool-policy-problems';

/**
 * The pool-policy editor's state: the values, their problems (shown once a field is left or
 * the admin asks for a preview or a save), the input they make, and whether it differs from
 * the policy in force.
 */
export function usePoolPolicyForm(policy: PoolPolicyFormPolicy, tiers: readonly TierRow[]) {
  const t = useT();
  const tierRows = useMemo(() => tierRowsFor(tiers, policy, t), [tiers, policy, t]);
  const knownCodes = useMemo(() => tiers.map((t) => t.code), [tiers]);
  const initial = useMemo(() => toPolicyFormValues(policy, tierRows.map((t) => t.code)), [policy, tierRows]);
  const validate = useCallback((values: PolicyFormValues) => validatePolicyForm(values, knownCodes, t), [knownCodes, t]);
  const form = useValidatedForm({ initial, validate });
  const input = useMemo(() => toPolicyInput(form.values), [form.values]);
  const savedInput = useMemo(() => toPolicyInput(initial), [initial]);
  const dirty = useMemo(() => JSON.stringify(input) !== JSON.stringify(savedInput), [input, savedInput]);
  return { ...form, input, savedInput, dirty, tierRows };
}

export type PoolPolicyFormState = ReturnType<typeof usePoolPolicyForm>;

/** What each section of the editor gets. */
export interface PolicySectionProps {
  form: PoolPolicyFormState;
  disabled: boolean;
}
