import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/I18nProvider';
import type { ImportField } from '../import-types';
import { ColumnFieldSelect } from './ColumnFieldSelect';
import { ColumnSamples } from './ColumnSamples';
import type { MappingColumn } from './mapping-columns';

interface Props {
  columns: readonly MappingColumn[];
  onChange: (index: number, field: ImportField | null) => void;
}

/** From a tablet up: one line per column of the file — its header, its first values, what it fills. */
export function ColumnMappingTable({ columns, onChange }: Props) {
  const t = useT();
  return (
    <TableContainer component={Paper} variant="outlined" data-testid="mapping-table">
      <Table size="small" sx={{ tableLayout: 'fixed', '& th': { fontWeight: 600, color: 'text.secondary' } }}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: '28%' }}>{t('imports.mapping.columnHeading')}</TableCell>
            <TableCell>{t('imports.mapping.samples')}</TableCell>
            <TableCell sx={{ width: 260 }}>{t('imports.mapping.fills')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {columns.map((column) => (
            <TableRow key={column.index} data-testid="mapping-column" data-column={column.index} data-field={column.field ?? ''} sx={{ verticalAlign: 'top' }}>
              <TableCell>
                <Typography variant="body2" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }} data-testid="mapping-header">
                  {column.header}
                </Typography>
              </TableCell>
              <TableCell sx={{ maxWidth: 0 }}>
                <ColumnSamples samples={column.samples} />
              </TableCell>
              <TableCell>
                <ColumnFieldSelect index={column.index} header={column.header} value={column.field} error={column.error} labelled={false} onChange={(field) => onChange(column.index, field)} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
