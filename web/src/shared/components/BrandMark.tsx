import Box from '@mui/material/Box';
import Anchor from '@mui/icons-material/Anchor';

/** Berth's mark: an anchor, because a berth is where a ship is moored and knows its place. */
export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <Box
      aria-hidden
      sx={{
        width: size,
        height: size,
        borderRadius: 2,
        display: 'grid',
        placeItems: 'center',
        bgcolor: 'primary.main',
        color: 'primary.contrastText',
        flexShrink: 0,
        '& svg': { fontSize: size * 0.6 },
      }}
    >
      <Anchor />
    </Box>
  );
}
