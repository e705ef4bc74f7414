import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ImportField } from '../import-types';
import { ColumnFieldSelect } from './ColumnFieldSelect';
import { ColumnSamples } from './ColumnSamples';
import type { MappingColumn } from './mapping-columns';

interface Props {
  columns: readonly MappingColumn[];
  onChange: (index: number, field: ImportField | null) => void;
}

/** On a phone: one card per column of the file, its header and first values above what it fills. */
export function ColumnMappingCards({ columns, onChange }: Props) {
  return (
    <Box sx={{ display: 'grid', gap: 1 }} data-testid="mapping-cards">
      {columns.map((column) => (
        <Paper key={column.index} variant="outlined" sx={{ p: 1.5, minWidth: 0 }} data-testid="mapping-column" data-column={column.index} data-field={column.field ?? ''}>
          <Typography variant="subtitle2" sx={{ overflowWrap: 'anywhere' }} data-testid="mapping-header">
            {column.header}
          </Typography>
          <Box sx={{ mt: 0.25, mb: 1.25 }}>
            <ColumnSamples samples={column.samples} />
          </Box>
          <ColumnFieldSelect index={column.index} header={column.header} value={column.field} error={column.error} onChange={(field) => onChange(column.index, field)} />
        </Paper>
      ))}
    </Box>
  );
}
