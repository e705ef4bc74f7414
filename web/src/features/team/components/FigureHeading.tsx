import Box from '@mui/material/Box';
import { useT } from '../../../i18n/I18nProvider';
import { InfoTip } from '../../../shared/components/InfoTip';

/** A column or tile heading with the (i) that defines its number. */
export function FigureHeading({ label, definition, align = 'left' }: { label: string; definition: string; align?: 'left' | 'right' }) {
  const t = useT();
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.25, justifyContent: align === 'right' ? 'flex-end' : 'flex-start' }}>
      {label}
      <InfoTip text={definition} label={t('team.howCounted', { label })} />
    </Box>
  );
}
