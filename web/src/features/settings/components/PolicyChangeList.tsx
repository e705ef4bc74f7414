import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { PolicyChange } from '@berth/domain';
import { useT } from '../../../i18n/I18nProvider';
import { formatPolicyValue, policyFieldLabel } from '../pool-policy-labels';

/** "Protection period: 30 days → 14 days", one line per setting an edit changed. */
export function PolicyChangeList({ changes }: { changes: readonly PolicyChange[] }) {
  const t = useT();
  if (changes.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {t('settings.changes.none')}
      </Typography>
    );
  }
  return (
    <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
      {changes.map((change) => (
        <Typography component="li" variant="body2" key={change.field} data-testid="policy-change" data-field={change.field} sx={{ overflowWrap: 'anywhere' }}>
          {t.rich('settings.changes.line', {
            field: policyFieldLabel(change.field, t),
            before: formatPolicyValue(change.field, change.before, t),
            after: formatPolicyValue(change.field, change.after, t),
            b: (chunks) => (
              <Box component="span" sx={{ fontWeight: 600 }}>
                {chunks}
              </Box>
            ),
            old: (chunks) => (
              <Box component="span" sx={{ color: 'text.secondary' }}>
                {chunks}
              </Box>
            ),
          })}
        </Typography>
      ))}
    </Box>
  );
}
