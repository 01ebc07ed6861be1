import { BAND_REPORTS, REPORT_IDS, ReportId, WINDOW_DAYS, WindowDays } from '@internal/plugin-dora-common';
import { Box, FormControl, InputLabel, MenuItem, Select } from '@material-ui/core';

/** The window and the State of DevOps report the bands come from. */
export function WindowControls(props: {
  window: WindowDays;
  report: ReportId;
  onWindow(window: WindowDays): void;
  onReport(report: ReportId): void;
}) {
  return (
    <Box display="flex" style={{ gap: 16 }} mb={2}>
      <FormControl size="small">
        <InputLabel id="dora-window-label">Window</InputLabel>
        <Select
          labelId="dora-window-label"
          id="dora-window"
          value={props.window}
          onChange={e => props.onWindow(Number(e.target.value) as WindowDays)}
        >
          {WINDOW_DAYS.map(days => (
            <MenuItem key={days} value={days}>
              Last {days} days
            </MenuItem>
          ))}
        </Select>
      </FormControl>
      <FormControl size="small">
        <InputLabel id="dora-report-label">Bands</InputLabel>
        <Select
          labelId="dora-report-label"
          id="dora-report"
          value={props.report}
          onChange={e => props.onReport(e.target.value as ReportId)}
        >
          {REPORT_IDS.map(id => (
            <MenuItem key={id} value={id}>
              {BAND_REPORTS[id].title}
            </MenuItem>
          ))}
        </Select>
      </FormControl>
    </Box>
  );
}
