import { BAND_REPORTS, REPORT_IDS, ReportId, WINDOW_DAYS, WindowDays } from '@internal/plugin-dora-common';
import { Box, FormControl, InputLabel, MenuItem, Select } from '@material-ui/core';

function LabelledSelect<T extends string | number>(props: {
  id: string;
  label: string;
  value: T;
  options: Array<{ value: T; label: string }>;
  onChange(value: T): void;
}) {
  return (
    <FormControl size="small">
      <InputLabel id={`${props.id}-label`}>{props.label}</InputLabel>
      <Select
        labelId={`${props.id}-label`}
        id={props.id}
        value={props.value}
        onChange={e => props.onChange(props.options.find(o => String(o.value) === String(e.target.value))!.value)}
      >
        {props.options.map(o => (
          <MenuItem key={o.value} value={o.value}>
            {o.label}
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}

/** The window and the State of DevOps report the bands come from. */
export function WindowControls(props: { window: WindowDays; report: ReportId; onWindow(window: WindowDays): void; onReport(report: ReportId): void }) {
  return (
    <Box display="flex" style={{ gap: 16 }} mb={2}>
      <LabelledSelect
        id="dora-window"
        label="Window"
        value={props.window}
        options={WINDOW_DAYS.map(days => ({ value: days, label: `Last ${days} days` }))}
        onChange={props.onWindow}
      />
      <LabelledSelect
        id="dora-report"
        label="Bands"
        value={props.report}
        options={REPORT_IDS.map(id => ({ value: id, label: BAND_REPORTS[id].title }))}
        onChange={props.onReport}
      />
    </Box>
  );
}
