import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import Add from '@mui/icons-material/Add';
import RemoveCircleOutlined from '@mui/icons-material/RemoveCircleOutlined';

interface Props {
  /** The input name; entries are named `<name>.<index>`, matching the API's problem paths. */
  name: string;
  label: string;
  /** An entry's name by its place from 1: "Phone 2". */
  itemLabel: (n: number) => string;
  addLabel: string;
  removeLabel: (n: number) => string;
  values: string[];
  max: number;
  type?: string;
  onChange: (values: string[]) => void;
  onBlur: () => void;
  errorFor: (path: string, options?: { exact?: boolean }) => string | undefined;
}

/** A list of single-line entries (phones, emails) with add and remove. */
export function MultiValueField({ name, label, itemLabel, addLabel, removeLabel, values, max, type = 'text', onChange, onBlur, errorFor }: Props) {
  const update = (index: number, value: string) => onChange(values.map((v, i) => (i === index ? value : v)));
  const remove = (index: number) => onChange(values.length > 1 ? values.filter((_, i) => i !== index) : ['']);

  return (
    <Box>
      <Typography variant="caption" color="text.secondary" component="div" sx={{ mb: 0.75 }}>
        {label}
      </Typography>
      {values.map((value, index) => {
        const error = errorFor(`${name}.${index}`);
        return (
          <Box key={index} sx={{ display: 'flex', gap: 0.5, alignItems: 'flex-start' }}>
            <TextField
              name={`${name}.${index}`}
              type={type}
              value={value}
              onChange={(e) => update(index, e.target.value)}
              onBlur={onBlur}
              placeholder={itemLabel(index + 1)}
              slotProps={{ htmlInput: { 'aria-label': itemLabel(index + 1) } }}
              error={Boolean(error)}
              helperText={error ?? ' '}
              fullWidth
            />
            <IconButton aria-label={removeLabel(index + 1)} onClick={() => remove(index)} sx={{ mt: 0.25 }}>
              <RemoveCircleOutlined fontSize="small" />
            </IconButton>
          </Box>
        );
      })}
      {errorFor(name, { exact: true }) ? (
        <Typography variant="caption" color="error" component="div">
          {errorFor(name, { exact: true })}
        </Typography>
      ) : null}
      <Button size="small" startIcon={<Add />} onClick={() => onChange([...values, ''])} disabled={values.length >= max}>
        {addLabel}
      </Button>
    </Box>
  );
}
