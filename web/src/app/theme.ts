import { createTheme } from '@mui/material/styles';

/**
 * Quiet and dense enough for a working day: neutral surfaces, one deep-teal accent, borders
 * instead of shadows so lists of customers read as tables, not as floating cards.
 */
export const theme = createTheme({
  palette: {
    mode: 'light',
    primary: { main: '#0f4c5c', light: '#3c7684', dark: '#0a3540', contrastText: '#ffffff' },
    secondary: { main: '#e36414' },
    background: { default: '#f5f7f9', paper: '#ffffff' },
    divider: '#e3e8ee',
    text: { primary: '#1a2630', secondary: '#5b6b79' },
  },
  shape: { borderRadius: 10 },
  typography: {
    // i18n-exempt: font names; the CJK ones after the Latin ones set Chinese text on each system.
    fontFamily: '"Inter", "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", system-ui, sans-serif',
    h1: { fontSize: '1.6rem', fontWeight: 650, letterSpacing: '-0.01em' },
    h2: { fontSize: '1.3rem', fontWeight: 650 },
    h3: { fontSize: '1.1rem', fontWeight: 600 },
    subtitle2: { fontWeight: 600 },
    button: { textTransform: 'none', fontWeight: 600 },
  },
  components: {
    MuiButton: { defaultProps: { disableElevation: true } },
    MuiPaper: { defaultProps: { elevation: 0 } },
    MuiCard: { defaultProps: { variant: 'outlined' } },
    MuiAppBar: {
      defaultProps: { elevation: 0, color: 'inherit' },
      styleOverrides: { root: ({ theme: t }) => ({ borderBottom: `1px solid ${t.palette.divider}` }) },
    },
    MuiDrawer: {
      styleOverrides: { paper: ({ theme: t }) => ({ borderRight: `1px solid ${t.palette.divider}` }) },
    },
    MuiTextField: { defaultProps: { size: 'small' } },
    MuiSelect: { defaultProps: { size: 'small' } },
    MuiAutocomplete: { defaultProps: { size: 'small' } },
    MuiChip: { defaultProps: { size: 'small' } },
    MuiTab: { styleOverrides: { root: { textTransform: 'none', fontWeight: 600, minHeight: 44 } } },
    MuiTabs: { styleOverrides: { root: { minHeight: 44 } } },
    MuiListItemButton: {
      styleOverrides: {
        root: ({ theme: t }) => ({
          borderRadius: t.shape.borderRadius,
          '&.Mui-selected': { backgroundColor: 'rgba(15, 76, 92, 0.1)', color: t.palette.primary.dark },
          '&.Mui-selected .MuiListItemIcon-root': { color: t.palette.primary.main },
        }),
      },
    },
    MuiDialogTitle: { styleOverrides: { root: { fontWeight: 650 } } },
  },
});
