import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/I18nProvider';
import { describeError, isFormProblem } from '../../../shared/errors/describe-error';
import { useErrorHandler } from '../../../shared/errors/ErrorHandlerProvider';
import { useNotify } from '../../../shared/feedback/FeedbackProvider';
import type { FieldErrors } from '../../../shared/forms/field-errors';
import {
  placeRuleProblems,
  toFormValues,
  toRulesInput,
  validateRulesForm,
  type DuplicateRule,
  type RulesFormValues,
} from '../duplicate-rules-form';
import { useUpdateDuplicateRules } from '../hooks/useUpdateDuplicateRules';
import type { DuplicateRulesFormRules } from './DuplicateRulesForm.fragment';
import { DuplicateRuleRow } from './DuplicateRuleRow';
import { SimilarityThresholdField } from './SimilarityThresholdField';

interface Props {
  rules: DuplicateRulesFormRules;
  /** Admins edit; everyone else sees the same table with its controls off. */
  editable: boolean;
}

const without = (errors: FieldErrors, prefix: string) =>
  Object.fromEntries(Object.entries(errors).filter(([key]) => key !== prefix && !key.startsWith(`${prefix}.`)));

/** The duplicate rules table and the similar-name threshold, saved together. */
export function DuplicateRulesForm({ rules, editable }: Props) {
  const t = useT();
  const [values, setValues] = useState<RulesFormValues>(() => toFormValues(rules));
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const { updateRules, loading } = useUpdateDuplicateRules();
  const handleError = useErrorHandler();
  const notify = useNotify();

  const clientErrors = validateRulesForm(values, t);
  const errorFor = (key: string) => serverErrors[key] ?? clientErrors[key];
  const dirty = JSON.stringify(toRulesInput(values)) !== JSON.stringify(toRulesInput(toFormValues(rules)));

  function changeRule(index: number, patch: Partial<DuplicateRule>) {
    setValues((prev) => ({ ...prev, rules: prev.rules.map((rule, i) => (i === index ? { ...rule, ...patch } : rule)) }));
    setServerErrors((prev) => without(prev, `rules.${index}`));
  }

  function changeThreshold(similarNameThreshold: string) {
    setValues((prev) => ({ ...prev, similarNameThreshold }));
    setServerErrors((prev) => without(prev, 'similarNameThreshold'));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (Object.keys(clientErrors).length > 0) return;
    setGeneral([]);
    try {
      await updateRules(toRulesInput(values));
      setServerErrors({});
      notify(t('settings.duplicateRules.saved'), 'success');
    } catch (error) {
      const described = handleError(error, { inline: isFormProblem(describeError(error, t)) });
      const placed = placeRuleProblems(described.fields, values.rules, t);
      setServerErrors(placed.fields);
      setGeneral(placed.general);
    }
  }

  return (
    <Box component="form" onSubmit={submit} noValidate data-testid="duplicate-rules-form">
      {general.length > 0 ? (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="duplicate-rules-error">
          {general.join(' ')}
        </Alert>
      ) : null}
      <Table size="small" aria-label={t('settings.duplicateRules.title')}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ pl: 0 }}>{t('settings.duplicateRules.check')}</TableCell>
            <TableCell padding="none">{t('settings.duplicateRules.on')}</TableCell>
            <TableCell sx={{ pr: 0 }}>{t('settings.duplicateRules.onMatch')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {values.rules.map((rule, index) => (
            <DuplicateRuleRow
              key={`${rule.dimension}-${rule.method}`}
              rule={rule}
              readOnly={!editable}
              onChange={(patch) => changeRule(index, patch)}
              errors={{ row: serverErrors[`rules.${index}`], enabled: serverErrors[`rules.${index}.enabled`], action: serverErrors[`rules.${index}.action`] }}
            />
          ))}
        </TableBody>
      </Table>
      <SimilarityThresholdField
        value={values.similarNameThreshold}
        onChange={changeThreshold}
        error={errorFor('similarNameThreshold')}
        disabled={!editable}
      />
      {editable ? (
        <Box sx={{ display: 'flex', justifyContent: 'flex-end', mt: 2 }}>
          <Button type="submit" variant="contained" disabled={!dirty || loading} data-testid="save-duplicate-rules">
            {loading ? t('settings.saving') : t('settings.duplicateRules.save')}
          </Button>
        </Box>
      ) : (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }} data-testid="duplicate-rules-readonly">
          {t('settings.readOnly')}
        </Typography>
      )}
    </Box>
  );
}
