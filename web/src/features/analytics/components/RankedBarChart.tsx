import { BarChart } from '@mui/x-charts/BarChart';

interface Props {
  labels: string[];
  values: (number | null)[];
  label: string;
  format: (value: number | null) => string;
  color?: string;
  /** Shares 0..1 run to 100% on the axis. */
  max?: number;
}

// Wide (CJK) characters take about a full em at the 12 px tick size, Latin ones about 0.6 em.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Roughly how wide a tick label draws, in pixels. */
function labelWidth(label: string): number {
  let width = 0;
  for (const char of label) width += WIDE.test(char) ? 12 : 7.2;
  return width;
}

/** One horizontal bar per named thing (a reason, a rep, a source), longest first; grows with its rows. */
export function RankedBarChart({ labels, values, label, format, color = '#0f4c5c', max }: Props) {
  // Headroom past the longest bar: the value printed after it is clipped with the plot otherwise.
  const longest = Math.max(0, ...values.map((v) => v ?? 0));
  const axisMax = longest > 0 ? Math.max(max ?? 0, longest * 1.3) : max;
  return (
    <BarChart
      layout="horizontal"
      height={Math.max(140, 56 + labels.length * 28)}
      skipAnimation
      hideLegend
      margin={{ left: 4, right: 28 }}
      // Room for the longest name, within reason (longer ones are cut; the tooltip has them whole).
      yAxis={[{ scaleType: 'band', data: labels, width: Math.min(170, Math.max(64, 12 + Math.max(0, ...labels.map(labelWidth)))), tickLabelStyle: { fontSize: 12 } }]}
      xAxis={[{ min: 0, max: axisMax, valueFormatter: (v: number) => format(v), tickNumber: 4 }]}
      series={[{ data: values, label, color, valueFormatter: format, barLabel: (item) => format(item.value), barLabelPlacement: 'outside' }]}
    />
  );
}
