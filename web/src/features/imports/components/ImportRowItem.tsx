import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/I18nProvider';
import type { ImportField, ImportRow } from '../import-types';
import { cellOf, contactOf } from '../row-wording';

/** One row of the file: its number, the company and contact as the file has them, and (below) why it is where it is. */
export function ImportRowItem({ row, mapping, children }: { row: ImportRow; mapping: readonly (ImportField | null)[]; children: ReactNode }) {
  const t = useT();
  const company = cellOf(row, mapping, 'companyName');
  const contact = contactOf(row, mapping);
  return (
    <Box component="li" sx={{ display: 'flex', gap: 1.5, py: 1.25, px: 2, borderBottom: 1, borderColor: 'divider', listStyle: 'none', '&:last-of-type': { borderBottom: 0 } }}
      data-testid="import-review-row" data-row={row.rowNumber} data-class={row.class} data-outcome={row.outcome ?? ''}>
      <Typography variant="caption" color="text.secondary" sx={{ flexShrink: 0, width: { xs: 52, sm: 64 }, pt: 0.25 }} data-testid="import-row-number">
        {t('imports.row.number', { row: row.rowNumber })}
      </Typography>
      <Box sx={{ minWidth: 0, flex: 1 }}>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 1.5, alignItems: 'baseline' }}>
          <Typography variant="body2" sx={{ fontWeight: 600, overflowWrap: 'anywhere', fontStyle: company ? 'normal' : 'italic' }} data-testid="import-row-company">
            {company ?? t('imports.row.noCompany')}
          </Typography>
          {contact ? (
            <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }} data-testid="import-row-contact">
              {contact}
            </Typography>
          ) : null}
        </Box>
        {children}
      </Box>
    </Box>
  );
}
