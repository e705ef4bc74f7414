import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useT } from '../../../i18n/I18nProvider';
import { revealDuplicatePanel } from '../reveal-duplicate-panel';

interface Props {
  summary: { verdict: 'WARN' | 'BLOCK'; text: string };
  /** The duplicate panel's element id. */
  panelId: string;
}

/**
 * The verdict and who holds the match, right under the company name. On a phone the full
 * panel sits below the whole form, out of sight while the rep types; this line is where they
 * look, and a tap takes them to the panel (the evidence, "Claim it instead", the tick).
 * Wider screens show the panel close enough, so the line is for phones only.
 */
export function DuplicateSummary({ summary, panelId }: Props) {
  const t = useT();
  return (
    <Alert
      severity={summary.verdict === 'BLOCK' ? 'error' : 'warning'}
      // A status, not an alert: it changes as the rep types and must not interrupt them.
      role="status"
      data-testid="duplicate-summary"
      data-verdict={summary.verdict}
      action={
        <Button
          color="inherit"
          size="small"
          onClick={() => revealDuplicatePanel(panelId)}
          data-testid="duplicate-summary-show"
          sx={{ whiteSpace: 'nowrap' }}
        >
          {t('duplicates.summary.show')}
        </Button>
      }
      sx={{ display: { xs: 'flex', sm: 'none' }, mb: 1, py: 0, alignItems: 'center', '& .MuiAlert-message': { overflowWrap: 'anywhere' } }}
    >
      {summary.text}
    </Alert>
  );
}
