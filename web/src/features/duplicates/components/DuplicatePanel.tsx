import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { alpha } from '@mui/material/styles';
import BlockOutlined from '@mui/icons-material/BlockOutlined';
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined';
import { useNow } from '../../../shared/hooks/useNow';
import { useT } from '../../../i18n/I18nProvider';
import { VERDICT_COLORS } from '../duplicate-colors';
import type { DuplicateVerdict } from '../duplicate-types';
import type { DuplicatePanelResult } from './DuplicatePanel.fragment';
import { DuplicateMatchItem } from './DuplicateMatchItem';

const ICONS: Record<DuplicateVerdict, ReactNode> = {
  CLEAR: <CheckCircleOutlined fontSize="small" color="success" />,
  WARN: <WarningAmberOutlined fontSize="small" color="warning" />,
  BLOCK: <BlockOutlined fontSize="small" color="error" />,
};

interface Props {
  id?: string;
  result: DuplicatePanelResult;
  /** One sentence on what the verdict means for saving. */
  headline: string;
  checking?: boolean;
  /** The server found these as the user saved, after the live check had said otherwise. */
  fromServer?: boolean;
  /** The acknowledgement, when the verdict asks for one. */
  children?: ReactNode;
}

/** The verdict of a duplicate check and each match, coloured by what it means: red blocks, amber warns. */
export function DuplicatePanel({ id, result, headline, checking = false, fromServer = false, children }: Props) {
  const t = useT();
  const now = useNow(60_000);
  const color = VERDICT_COLORS[result.verdict];

  return (
    <Box
      id={id}
      role="region"
      aria-label={t('duplicates.panel.label')}
      aria-live="polite"
      data-testid="duplicate-panel"
      data-verdict={result.verdict}
      // Focusable by script only: "See the matches" and the hints beside the save button move focus here.
      tabIndex={-1}
      sx={(theme) => ({
        border: 1,
        borderColor: result.verdict === 'CLEAR' ? 'divider' : alpha(theme.palette[color].main, 0.5),
        bgcolor: result.verdict === 'CLEAR' ? 'transparent' : alpha(theme.palette[color].main, 0.05),
        borderRadius: 1,
        px: 1.5,
        py: 1,
      })}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <Box sx={{ display: 'flex', pt: '2px' }}>{ICONS[result.verdict]}</Box>
        <Typography variant="body2" sx={{ flex: 1, fontWeight: result.verdict === 'CLEAR' ? 400 : 600 }} data-testid="duplicate-headline">
          {headline}
        </Typography>
        {checking ? <CircularProgress size={14} aria-label={t('duplicates.panel.checking')} sx={{ mt: '3px' }} /> : null}
      </Stack>
      {fromServer ? (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5 }} data-testid="duplicate-found-on-save">
          {t('duplicates.panel.foundOnSave')}
        </Typography>
      ) : null}
      {result.matches.length > 0 ? (
        <Stack component="ul" spacing={1} sx={{ p: 0, m: 0, mt: 1 }}>
          {result.matches.map((match, index) => (
            <DuplicateMatchItem key={match.customer.id ?? `${match.customer.companyName}-${index}`} match={match} now={now} />
          ))}
        </Stack>
      ) : null}
      {children}
    </Box>
  );
}
