import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import InfoOutlined from '@mui/icons-material/InfoOutlined';

interface Props {
  /** The definition shown on hover, focus or tap. */
  text: string;
  /** What the definition is of, for screen readers: "How Holdings is counted". */
  label: string;
  testId?: string;
}

/** A small (i) beside a number or chart that says how it is defined; it opens on tap on phones too. */
export function InfoTip({ text, label, testId }: Props) {
  return (
    <Tooltip title={text} enterTouchDelay={0} leaveTouchDelay={6000} arrow>
      <IconButton size="small" aria-label={label} data-testid={testId} data-definition={text} sx={{ p: 0.25, color: 'text.secondary' }}>
        <InfoOutlined sx={{ fontSize: 16 }} />
      </IconButton>
    </Tooltip>
  );
}
