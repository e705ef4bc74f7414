import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import { useFormat, useT } from '../../i18n/I18nProvider';

interface Props {
  page: number;
  pageSize: number;
  total: number;
  hasNextPage: boolean;
  onPageChange: (page: number) => void;
}

/** Previous/next paging for card lists, where a grid footer would not fit. */
export function ListPager({ page, pageSize, total, hasNextPage, onPageChange }: Props) {
  const t = useT();
  const fmt = useFormat();
  const first = total === 0 ? 0 : page * pageSize + 1;
  const last = Math.min(total, (page + 1) * pageSize);
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'flex-end', gap: 1, py: 1 }}>
      <Typography variant="body2" color="text.secondary">
        {t('shared.pager.range', { first: fmt.count(first), last: fmt.count(last), total: fmt.count(total) })}
      </Typography>
      <IconButton aria-label={t('shared.pager.previous')} disabled={page === 0} onClick={() => onPageChange(page - 1)}>
        <ChevronLeft />
      </IconButton>
      <IconButton aria-label={t('shared.pager.next')} disabled={!hasNextPage} onClick={() => onPageChange(page + 1)}>
        <ChevronRight />
      </IconButton>
    </Box>
  );
}
