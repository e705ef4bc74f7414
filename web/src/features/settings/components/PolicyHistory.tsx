import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { LoadingState } from '../../../shared/components/LoadingState';
import { RetryAlert } from '../../../shared/components/RetryAlert';
import { usePoolPolicyVersions } from '../hooks/usePoolPolicyVersions';
import { PolicyChangeList } from './PolicyChangeList';

const SHOWN_AT_FIRST = 5;

/** Every saved edit of the pool policy, newest first: which version, who, when, and what changed. */
export function PolicyHistory() {
  const t = useT();
  const fmt = useFormat();
  const { versions, loading, error, refetch } = usePoolPolicyVersions();
  const [showAll, setShowAll] = useState(false);

  let body;
  if (versions && versions.length === 0) {
    body = (
      <Typography variant="body2" color="text.secondary" data-testid="policy-history-empty">
        {t('settings.history.empty')}
      </Typography>
    );
  } else if (versions) {
    const shown = showAll ? versions : versions.slice(0, SHOWN_AT_FIRST);
    body = (
      <>
        <Box component="ol" sx={{ m: 0, p: 0, listStyle: 'none' }}>
          {shown.map((v) => (
            <Box component="li" key={v.version} data-testid="policy-version" data-version={v.version} sx={{ py: 1.5, '& + &': { borderTop: 1, borderColor: 'divider' } }}>
              <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 1, rowGap: 0.5, mb: 0.75 }}>
                <Chip label={t('settings.history.version', { version: v.version })} color="primary" variant="outlined" />
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  {v.changedBy?.name ?? t('settings.history.formerUser')}
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {fmt.dateTime(v.changedAt)}
                </Typography>
              </Box>
              <PolicyChangeList changes={v.changes} />
            </Box>
          ))}
        </Box>
        {versions.length > SHOWN_AT_FIRST ? (
          <Button onClick={() => setShowAll((all) => !all)} sx={{ mt: 1 }}>
            {showAll ? t('settings.history.showFewer') : t('settings.history.showAll', { count: versions.length })}
          </Button>
        ) : null}
      </>
    );
  } else if (loading) {
    body = <LoadingState label={t('settings.history.loading')} />;
  } else {
    body = <RetryAlert error={error} onRetry={refetch} />;
  }

  return (
    <Box component="section" data-testid="policy-history" sx={{ mt: 3, pt: 2.5, borderTop: 1, borderColor: 'divider' }}>
      <Typography variant="h3" component="h3" sx={{ mb: 1 }}>
        {t('settings.history.title')}
      </Typography>
      {body}
    </Box>
  );
}
