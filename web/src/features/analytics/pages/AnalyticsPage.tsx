import { useCallback, useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { PageHeader } from '../../../shared/components/PageHeader';
import { RetryAlert } from '../../../shared/components/RetryAlert';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { describeError } from '../../../shared/errors/describe-error';
import { useIsPhone } from '../../../shared/hooks/useIsPhone';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { seesTeam } from '../../auth/me-query';
import { DEFAULT_ANALYTICS_VALUES, isIncomplete, mergeValues, toAnalyticsInput, type AnalyticsValues } from '../analytics-input';
import { AnalyticsFilters } from '../components/AnalyticsFilters';
import { BoomerangChart } from '../components/BoomerangChart';
import { ChurnLoopList } from '../components/ChurnLoopList';
import { ConversionTable } from '../components/ConversionTable';
import { FlowChart } from '../components/FlowChart';
import { DeadStockFigure, DwellFigures } from '../components/PoolHealthFigures';
import { PoolStockChart } from '../components/PoolStockChart';
import { RecycleFrequencyChart } from '../components/RecycleFrequencyChart';
import { ReturnReasonsChart } from '../components/ReturnReasonsChart';
import { useAnalyticsOptions } from '../hooks/useAnalyticsOptions';
import { usePoolAnalytics } from '../hooks/usePoolAnalytics';

/** Pool analytics for managers and admins; a rep is told so instead of being shown a refusal. */
export function AnalyticsPage() {
  const t = useT();
  const manages = seesTeam(useCurrentUser().role);
  return manages ? (
    <PoolAnalyticsView />
  ) : (
    <>
      <PageHeader title={t('analytics.title')} />
      <Alert severity="info">{t('analytics.forManagers')}</Alert>
    </>
  );
}

function PoolAnalyticsView() {
  const t = useT();
  const fmt = useFormat();
  const phone = useIsPhone();
  const [values, setValues] = useState<AnalyticsValues>(DEFAULT_ANALYTICS_VALUES);
  const onChange = useCallback((patch: Partial<AnalyticsValues>) => setValues((v) => mergeValues(v, patch)), []);
  const input = useMemo(() => toAnalyticsInput(values), [values]);
  const incomplete = isIncomplete(values);
  const options = useAnalyticsOptions();
  const { data, previousData, loading, error, refetch } = usePoolAnalytics(input, { skip: incomplete });
  const analytics = error ? undefined : (data?.poolAnalytics ?? previousData?.poolAnalytics);
  const described = error ? describeError(error, t) : null;

  return (
    <>
      <PageHeader title={t('analytics.title')} subtitle={t('analytics.subtitle')} />
      <AnalyticsFilters values={values} onChange={onChange} options={options} problems={described?.fields ?? []} />
      {incomplete ? <Alert severity="info" sx={{ mb: 2 }}>{t('analytics.chooseDates')}</Alert> : null}
      {error ? <RetryAlert error={error} onRetry={refetch} sx={{ mb: 2 }} /> : null}
      {!analytics ? (
        loading ? <Skeleton variant="rounded" height={320} /> : null
      ) : (
        <Box data-testid="pool-analytics" data-from={analytics.from} data-to={analytics.to} data-bucket={analytics.bucket} data-buckets={analytics.buckets.length}>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid="analytics-range-caption">
            {t('analytics.rangeCaption', { from: fmt.calendarDate(analytics.from), to: fmt.calendarDate(analytics.to), timeZone: analytics.timeZone })}
          </Typography>
          <LinearProgress sx={{ mb: 1, height: 2, visibility: loading ? 'visible' : 'hidden' }} />
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'repeat(2, minmax(0, 1fr))' } }}>
            <PoolStockChart data={analytics} compact={phone} />
            <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: 'repeat(2, minmax(0, 1fr))', lg: 'minmax(0, 1fr)' }, alignContent: 'start' }}>
              <DwellFigures data={analytics} />
              <DeadStockFigure data={analytics} />
            </Box>
            <FlowChart data={analytics} compact={phone} />
            <ReturnReasonsChart data={analytics} reasonLabel={options.reasonLabel} />
            <RecycleFrequencyChart data={analytics} />
            <ConversionTable data={analytics} />
            <BoomerangChart data={analytics} by="rep" />
            <BoomerangChart data={analytics} by="source" />
            <ChurnLoopList data={analytics} />
          </Box>
        </Box>
      )}
    </>
  );
}
