import { useState } from 'react';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { PageHeader } from '../../../shared/components/PageHeader';
import { RetryAlert } from '../../../shared/components/RetryAlert';
import { useIsPhone } from '../../../shared/hooks/useIsPhone';
import { useNow } from '../../../shared/hooks/useNow';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { seesTeam } from '../../auth/me-query';
import { RepDialogsHost } from '../../moves/components/RepMovesMenu';
import { DepartmentPicker } from '../components/DepartmentPicker';
import { TeamCards } from '../components/TeamCards';
import { TeamTable } from '../components/TeamTable';
import { TeamTotals } from '../components/TeamTotals';
import { useDepartments } from '../hooks/useDepartments';
import { useTeamLoad } from '../hooks/useTeamLoad';

/** The manager's desk: each rep's load now, live. A rep sees their own row. */
export function TeamPage() {
  const t = useT();
  const fmt = useFormat();
  const viewer = useCurrentUser();
  const manages = seesTeam(viewer.role);
  const phone = useIsPhone();
  const now = useNow(60_000);
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const { departments } = useDepartments({ skip: !manages });
  const { data, previousData, loading, error, refetch } = useTeamLoad(manages ? departmentId : null);
  const load = data?.teamLoad ?? previousData?.teamLoad;

  return (
    <RepDialogsHost>
      <PageHeader
        title={t('team.title')}
        subtitle={manages ? t('team.subtitle.team') : t('team.subtitle.rep')}
        actions={
          manages ? (
            <DepartmentPicker
              departments={departments}
              value={departmentId}
              onChange={setDepartmentId}
              label={t('team.department')}
              everyoneLabel={t('team.everyone')}
            />
          ) : null
        }
      />
      {error ? <RetryAlert error={error} onRetry={refetch} sx={{ mb: 2 }} /> : null}
      {!load ? (
        loading ? <Skeleton variant="rounded" height={240} /> : null
      ) : (
        <Box data-testid="team-load" data-as-of={load.asOf} data-department-id={load.department?.id ?? ''}>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }} data-testid="team-caps">
            {t(load.holdingCapCountsWon ? 'team.caps' : 'team.capsWonNotCounted', { cap: fmt.count(load.holdingCap), limit: fmt.count(load.dailyClaimLimit) })}
            {' · '}
            {t('team.asOf', { when: fmt.dateTime(load.asOf) })}
          </Typography>
          {manages ? <TeamTotals load={load} /> : null}
          {loading ? <LinearProgress sx={{ mb: 0.5, height: 2 }} /> : null}
          {load.reps.length === 0 ? (
            <Typography color="text.secondary" sx={{ py: 4, textAlign: 'center' }}>
              {t('team.noReps')}
            </Typography>
          ) : phone ? (
            <TeamCards load={load} now={now} moves={manages} />
          ) : (
            <TeamTable load={load} now={now} moves={manages} />
          )}
        </Box>
      )}
    </RepDialogsHost>
  );
}
