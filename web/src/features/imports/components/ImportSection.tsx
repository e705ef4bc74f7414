import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import type { SxProps, Theme } from '@mui/material/styles';
import Typography from '@mui/material/Typography';

interface Props {
  /** The section's test id; its heading's id is `<testId>-title`, which names the section. */
  testId: string;
  title: string;
  /** Under the title: when the step ended and how many rows, or what the rows shown are. */
  line: ReactNode;
  lineTestId?: string;
  sx?: SxProps<Theme>;
  /** The counts to choose from and the rows chosen. */
  children: ReactNode;
}

/** A part of an import's page that lists its rows by group (the check's classes, the write's outcomes, the undo's groups), under its heading. */
export function ImportSection({ testId, title, line, lineTestId, sx, children }: Props) {
  const titleId = `${testId}-title`;
  return (
    <Box component="section" aria-labelledby={titleId} data-testid={testId} sx={sx}>
      <Typography variant="h2" id={titleId} sx={{ mb: 0.5 }}>
        {title}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }} data-testid={lineTestId}>
        {line}
      </Typography>
      {children}
    </Box>
  );
}
