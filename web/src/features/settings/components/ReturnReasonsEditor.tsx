import { useRef } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import AddOutlined from '@mui/icons-material/AddOutlined';
import { RETURN_REASON_LIMITS } from '@berth/domain';
import { useT } from '../../../i18n/I18nProvider';
import type { PolicySectionProps } from '../hooks/usePoolPolicyForm';
import { newReason, type ReasonForm } from '../pool-policy-form';
import { FullRow } from './PolicySection';
import { ReturnReasonRow } from './ReturnReasonRow';

/** The reasons a rep picks from when giving a customer back: add, relabel, remove. */
export function ReturnReasonsEditor({ form, disabled }: PolicySectionProps) {
  const t = useT();
  const reasons = form.values.returnReasons;
  const added = useRef(0);
  const listError = form.errorFor('returnReasons', { exact: true });
  const set = (next: ReasonForm[]) => form.setValue('returnReasons', next);

  function add() {
    added.current += 1;
    set([...reasons, newReason(`new-${added.current}`)]);
  }

  return (
    <FullRow>
      <Box data-testid="policy-returnReasons">
        {reasons.map((reason, index) => (
          <ReturnReasonRow
            key={reason.id}
            index={index}
            reason={reason}
            onChange={(patch) => set(reasons.map((r, i) => (i === index ? { ...r, ...patch } : r)))}
            onBlur={() => form.touch('returnReasons')}
            onRemove={() => set(reasons.filter((_, i) => i !== index))}
            canRemove={reasons.length > 1}
            disabled={disabled}
            errors={{
              code: form.errorFor(`returnReasons.${index}.code`, { exact: true }),
              label: form.errorFor(`returnReasons.${index}.label`, { exact: true }),
              row: form.errorFor(`returnReasons.${index}`, { exact: true }),
            }}
          />
        ))}
      </Box>
      {listError ? <FormHelperText error>{listError}</FormHelperText> : null}
      {disabled ? null : (
        <Button startIcon={<AddOutlined />} onClick={add} disabled={reasons.length >= RETURN_REASON_LIMITS.reasons} sx={{ mt: 1 }} data-testid="add-return-reason">
          {t('settings.reason.add')}
        </Button>
      )}
    </FullRow>
  );
}
