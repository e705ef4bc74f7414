import { useMemo, useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { diffPoolPolicies } from '@berth/domain';
import { useT } from '../../../i18n/I18nProvider';
import { describeError, isFormProblem } from '../../../shared/errors/describe-error';
import { useErrorHandler } from '../../../shared/errors/ErrorHandlerProvider';
import { useNotify } from '../../../shared/feedback/FeedbackProvider';
import { usePolicyPreview } from '../hooks/usePolicyPreview';
import { usePoolPolicyForm } from '../hooks/usePoolPolicyForm';
import { useUpdatePoolPolicy } from '../hooks/useUpdatePoolPolicy';
import { toDomainPolicy, type TierRow } from '../pool-policy-form';
import { placePolicyProblems } from '../pool-policy-problems';
import { savedMessage } from '../pool-policy-labels';
import type { PoolPolicyFormPolicy } from './PoolPolicyForm.fragment';
import { ClaimingSection } from './ClaimingSection';
import { PolicyPreviewPanel } from './PolicyPreviewPanel';
import { ProtectionSection } from './ProtectionSection';
import { RecyclingSection } from './RecyclingSection';
import { ReturnReasonsSection } from './ReturnReasonsSection';
import { TransfersSection } from './TransfersSection';
import { SavePolicyDialog } from './SavePolicyDialog';
import { TimeZoneSection } from './TimeZoneSection';

interface Props {
  policy: PoolPolicyFormPolicy;
  tiers: readonly TierRow[];
  /** Admins edit, preview and save; everyone else sees the rules with the controls off. */
  editable: boolean;
}

/**
 * The pool policy editor. Problems are marked in the browser before anything is sent; a save
 * always goes through a confirmation that shows the changes and their what-if preview.
 */
export function PoolPolicyForm({ policy, tiers, editable }: Props) {
  const t = useT();
  const form = usePoolPolicyForm(policy, tiers);
  const previewer = usePolicyPreview();
  const { updatePolicy, saving } = useUpdatePoolPolicy();
  const handleError = useErrorHandler();
  const notify = useNotify();
  const [general, setGeneral] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const changes = useMemo(
    () => (confirming ? diffPoolPolicies(toDomainPolicy(form.savedInput), toDomainPolicy(form.input)) : []),
    [confirming, form.savedInput, form.input],
  );
  const sectionProps = { form, disabled: !editable || saving };

  /** Server problems under their fields; anything else above the form or in the snackbar. */
  function showProblems(error: unknown) {
    const described = handleError(error, { inline: isFormProblem(describeError(error, t)) });
    const placed = placePolicyProblems(described.fields, form.values, t);
    form.setServerErrors(placed.fields);
    setGeneral(placed.general);
  }

  /** Browser rules first; true when the what-if is in (or already was). */
  async function preview(): Promise<boolean> {
    setGeneral([]);
    if (!form.attemptSubmit()) return false;
    if (previewer.isFor(form.input)) return true;
    try {
      await previewer.run(form.input);
      return true;
    } catch (error) {
      showProblems(error);
      return false;
    }
  }

  async function askToSave(event: FormEvent) {
    event.preventDefault();
    if (!form.attemptSubmit()) return;
    setConfirming(true);
    if (!(await preview())) setConfirming(false);
  }

  async function save() {
    try {
      const saved = await updatePolicy(form.input);
      notify(savedMessage(saved, t), 'success');
    } catch (error) {
      showProblems(error);
    } finally {
      setConfirming(false);
    }
  }

  const fresh = previewer.isFor(form.input);
  return (
    <Box component="form" onSubmit={askToSave} noValidate data-testid="pool-policy-form" data-dirty={form.dirty}>
      {general.length > 0 ? (
        <Alert severity="error" sx={{ mt: 2 }} data-testid="pool-policy-error">
          {general.join(' ')}
        </Alert>
      ) : null}
      <ProtectionSection {...sectionProps} />
      <RecyclingSection {...sectionProps} />
      <ClaimingSection {...sectionProps} />
      <TransfersSection {...sectionProps} />
      <ReturnReasonsSection {...sectionProps} />
      <TimeZoneSection {...sectionProps} />
      {editable ? (
        <>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'flex-end', alignItems: 'center', gap: 1.5, mt: 3 }}>
            {form.dirty ? (
              <Typography variant="body2" color="text.secondary" sx={{ mr: 'auto' }}>
                {t('settings.poolPolicy.unsaved')}
              </Typography>
            ) : null}
            <Button variant="outlined" onClick={() => void preview()} disabled={!form.dirty || previewer.loading || saving} data-testid="preview-pool-policy">
              {t('settings.poolPolicy.preview')}
            </Button>
            <Button type="submit" variant="contained" disabled={!form.dirty || saving} data-testid="save-pool-policy">
              {saving ? t('settings.saving') : t('settings.poolPolicy.save')}
            </Button>
          </Box>
          {previewer.asked ? <PolicyPreviewPanel preview={previewer.preview} loading={previewer.loading} stale={!fresh} /> : null}
          {confirming ? (
            <SavePolicyDialog
              changes={changes}
              preview={fresh ? previewer.preview : null}
              saving={saving}
              onConfirm={() => void save()}
              onClose={() => setConfirming(false)}
            />
          ) : null}
        </>
      ) : (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }} data-testid="pool-policy-readonly">
          {t('settings.readOnly')}
        </Typography>
      )}
    </Box>
  );
}
