import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

interface Props {
  title: string;
  description: string;
  children: ReactNode;
  testId: string;
}

/** A titled group of settings: one column on phones, two from tablets, three on wide screens. */
export function PolicySection({ title, description, children, testId }: Props) {
  return (
    <Box component="section" data-testid={testId} sx={{ mt: 2.5, pt: 2.5, borderTop: 1, borderColor: 'divider' }}>
      <Typography variant="h3" component="h3">
        {title}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.25, mb: 2, maxWidth: 680 }}>
        {description}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))', lg: 'repeat(3, minmax(0, 1fr))' }, columnGap: 2, rowGap: 1 }}>
        {children}
      </Box>
    </Box>
  );
}

/** Spans the whole row of a section's grid. */
export function FullRow({ children }: { children: ReactNode }) {
  return <Box sx={{ gridColumn: '1 / -1', minWidth: 0 }}>{children}</Box>;
}
