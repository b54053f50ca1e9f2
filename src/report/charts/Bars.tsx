import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';

export interface BarDatum {
  label: string;
  value: number;
}

/**
 * A horizontal bar chart (recharts; this module is only ever loaded with import() from the report
 * page, so recharts is in the report's chunks only). One series, one colour, each bar labelled
 * with its number: nothing is said by colour alone. The SVG is an image named by `title`; the
 * table beside it carries the same numbers for screen readers and for copying.
 */
export default function Bars({ title, data, labelWidth = 200 }: { title: string; data: readonly BarDatum[]; labelWidth?: number }) {
  // recharts wraps a category label to the axis width; give every bar room for the longest label's
  // lines (about 7.5 px per character at 14 px), so wrapped labels do not run into each other.
  const lines = Math.max(1, ...data.map((d) => Math.ceil((d.label.length * 7.5) / (labelWidth - 16))));
  const slot = Math.max(34, lines * 18 + 12);
  const height = 40 + data.length * slot;
  return (
    <div className="zr-chart__canvas" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%" minWidth={240}>
        <BarChart
          data={[...data]}
          layout="vertical"
          margin={{ top: 4, right: 56, bottom: 4, left: 4 }}
          accessibilityLayer={false}
          role="img"
          title={title}
        >
          <CartesianGrid horizontal={false} stroke="#cccccc" />
          <XAxis type="number" allowDecimals={false} tick={{ fill: '#1a1a1a' }} stroke="#595959" />
          <YAxis type="category" dataKey="label" width={labelWidth} tick={{ fill: '#1a1a1a', fontSize: 14 }} stroke="#595959" interval={0} />
          <Bar dataKey="value" fill="#154273" isAnimationActive={false} maxBarSize={28}>
            <LabelList dataKey="value" position="right" fill="#1a1a1a" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
