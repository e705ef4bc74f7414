import Box from '@mui/material/Box';
import { InfoTip } from '../../../shared/components/InfoTip';

/** A column or tile heading with the (i) that defines its number. */
export function FigureHeading({ label, definition, align = 'left' }: { label: string; definition: string; align?: 'left' | 'right' }) {
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.25, justifyContent: align === 'right' ? 'flex-end' : 'flex-start' }}>
      {label}
      <InfoTip text={definition} label={`How “${label}” is counted`} />
    </Box>
  );
}
