import { useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';
import { cleanList } from '@berth/domain';

interface Props {
  name: string;
  label: string;
  value: string[];
  onChange: (tags: string[]) => void;
  onBlur?: () => void;
  suggestions?: string[];
  error?: string;
  helperText?: string;
  placeholder?: string;
  testId?: string;
}

/**
 * Free-form tags as chips. Text left in the box when focus moves away becomes a tag too:
 * people type a tag and click Save without pressing Enter.
 */
export function TagsInput({ name, label, value, onChange, onBlur, suggestions = [], error, helperText, placeholder, testId }: Props) {
  const [draft, setDraft] = useState('');

  function commitDraft() {
    if (draft.trim()) onChange(cleanList([...value, draft]) ?? value);
    setDraft('');
  }

  return (
    <Autocomplete
      multiple
      freeSolo
      options={suggestions}
      value={value}
      inputValue={draft}
      onInputChange={(_, next, reason) => reason !== 'reset' && setDraft(next)}
      onChange={(_, next) => onChange(cleanList(next as string[]) ?? [])}
      renderValue={(tags, getItemProps) =>
        tags.map((tag, index) => {
          const { key, ...itemProps } = getItemProps({ index });
          return <Chip key={key} label={tag} {...itemProps} />;
        })
      }
      renderInput={(params) => (
        <TextField
          {...params}
          name={name}
          label={label}
          placeholder={value.length === 0 ? placeholder : undefined}
          error={Boolean(error)}
          helperText={error ?? helperText}
          onBlur={() => {
            commitDraft();
            onBlur?.();
          }}
          slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': testId } }}
        />
      )}
    />
  );
}
