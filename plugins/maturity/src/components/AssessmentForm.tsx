import { useCallback, useEffect, useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { InfoCard, Progress, ResponseErrorPanel } from '@backstage/core-components';
import { Box, Button, FormControlLabel, LinearProgress, Radio, RadioGroup, TextField, Typography } from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import {
  AnswerRecord,
  AnswerValue,
  AssessmentConflictError,
  AssessmentView,
  EvidenceHint,
  MaturityAction,
  Quarter,
  isOverdue,
  answerValues,
  assessmentToCsv,
  assessmentToMarkdown,
  scoreAssessment,
} from '@internal/plugin-maturity-common';
import { maturityApiRef } from '../api';
import { ChangeLogCard } from './ChangeLogCard';
import { QuestionActions } from './QuestionActions';
import { HistoryCard } from './HistoryCard';

function download(filename: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  URL.revokeObjectURL(url);
}

const CHOICES: Array<[AnswerValue, string]> = [
  ['yes', 'Yes'],
  ['partly', 'Partly'],
  ['no', 'No'],
  ['na', 'Not applicable'],
];

type Edits = Record<string, AnswerRecord | null>;

function merged(view: AssessmentView, edits: Edits): Record<string, AnswerRecord> {
  const answers = { ...(view.assessment?.answers ?? {}) };
  for (const [id, a] of Object.entries(edits)) {
    if (a) answers[id] = a;
    else delete answers[id];
  }
  return answers;
}

/** The checklist of one scope and quarter: answer, save, submit; read-only for non-editors. */
export function AssessmentForm(props: { scopeRef: string; quarter: Quarter }) {
  const { scopeRef, quarter } = props;
  const api = useApi(maturityApiRef);
  const [view, setView] = useState<AssessmentView>();
  const [edits, setEdits] = useState<Edits>({});
  const [error, setError] = useState<Error>();
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [actions, setActions] = useState<MaturityAction[]>([]);
  const [evidence, setEvidence] = useState<Record<string, EvidenceHint[]>>({});
  const today = new Date().toISOString().slice(0, 10);

  const loadActions = useCallback(async () => {
    setActions(await api.listActions(scopeRef, quarter));
  }, [api, scopeRef, quarter]);

  const load = useCallback(async () => {
    try {
      setView(await api.getAssessment(scopeRef, quarter));
      await loadActions();
      // Suggestions are a help, not a requirement: the checklist works without them.
      api.getEvidence(scopeRef).then(setEvidence, () => setEvidence({}));
      setEdits({});
      setError(undefined);
    } catch (e) {
      setError(e as Error);
    }
  }, [api, scopeRef, quarter, loadActions]);
  useEffect(() => {
    load();
  }, [load]);

  if (error && !view) return <ResponseErrorPanel error={error} />;
  if (!view) return <Progress />;

  const answers = merged(view, edits);
  const score = scoreAssessment(view.checklist, answerValues(answers));
  const locked = view.assessment?.status === 'submitted';
  const editable = !!view.canEdit && !locked;
  const dirty = Object.keys(edits).length > 0;
  const revision = view.assessment?.revision ?? 0;
  const fileBase = `maturity-${scopeRef.replace(/[^a-z0-9-]+/gi, '-')}-${quarter}`;

  const edit = (id: string, change: Partial<AnswerRecord>) => {
    const base = answers[id] ?? { value: 'no' as AnswerValue };
    const next = { ...base, ...change };
    if (!next.evidenceUrl) delete next.evidenceUrl;
    if (!next.note) delete next.note;
    setEdits(e => ({ ...e, [id]: next }));
  };

  const run = async (action: () => Promise<AssessmentView>, done: string) => {
    setBusy(true);
    setNotice(undefined);
    try {
      setView(await action());
      setEdits({});
      setError(undefined);
      setNotice(done);
    } catch (e) {
      if (e instanceof AssessmentConflictError) {
        // Keep this person's unsaved answers on top of what the other person saved.
        setView(e.current);
        setError(new Error(`${e.message}. Your unsaved answers are kept below; review them and save again.`));
      } else {
        setError(e as Error);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
      <InfoCard title={`IDP maturity ${quarter}`} subheader={`${view.checklist.title} v${view.checklist.version}`}>
        <Typography variant="h5" component="p" data-testid="overall-score">
          {score.overall === null ? 'Not scored yet' : `${score.overall.toFixed(1)} / 5 · ${score.level?.name}`}
        </Typography>
        <Typography variant="body2">
          {`${score.answered} of ${score.total} questions answered`}
          {view.assessment && ` · ${locked ? `submitted by ${view.assessment.submittedBy}` : 'draft'} · revision ${revision}`}
        </Typography>
        <Typography variant="body2">
          {`${actions.filter(a => a.status === 'open' || a.status === 'in-progress').length} open actions`}
          {`, ${actions.filter(a => isOverdue(a, today)).length} overdue`}
        </Typography>
        <LinearProgress variant="determinate" value={(100 * score.answered) / score.total} aria-label="questions answered" />
        {!view.canEdit && <Alert severity="info">Only the members of the owning group and platform admins can edit this assessment.</Alert>}
        {locked && <Alert severity="info">This quarter is submitted and locked. A platform admin can reopen it.</Alert>}
        {error && <Alert severity="error">{error.message}</Alert>}
        {notice && <Alert severity="success">{notice}</Alert>}
        <Box display="flex" style={{ gap: 8 }} mt={1}>
          <Button
            variant="contained"
            color="primary"
            disabled={!editable || !dirty || busy}
            onClick={() => run(() => api.saveAnswers(scopeRef, quarter, revision, edits), 'Saved.')}
          >
            Save
          </Button>
          <Button
            variant="outlined"
            disabled={!editable || dirty || busy || !view.assessment}
            onClick={() => run(() => api.submit(scopeRef, quarter, revision), 'Submitted: this quarter is now locked.')}
          >
            Submit quarter
          </Button>
          <Button variant="text" disabled={dirty} onClick={() => download(`${fileBase}.md`, 'text/markdown', assessmentToMarkdown(view))}>
            Export Markdown
          </Button>
          <Button variant="text" disabled={dirty} onClick={() => download(`${fileBase}.csv`, 'text/csv', assessmentToCsv(view))}>
            Export CSV
          </Button>
          {locked && view.canEdit && (
            <Button variant="outlined" disabled={busy} onClick={() => run(() => api.reopen(scopeRef, quarter), 'Reopened.')}>
              Reopen
            </Button>
          )}
        </Box>
      </InfoCard>
      <Box display="flex" flexWrap="wrap" style={{ gap: 16 }}>
        <Box flex="1 1 380px">
          <HistoryCard scopeRef={scopeRef} quarter={quarter} refreshKey={revision} />
        </Box>
        <Box flex="1 1 380px">
          <ChangeLogCard scopeRef={scopeRef} quarter={quarter} refreshKey={revision} />
        </Box>
      </Box>
      {view.checklist.categories.map(category => {
        const categoryScore = score.categories.find(c => c.id === category.id);
        return (
          <InfoCard
            key={category.id}
            title={category.title}
            subheader={categoryScore?.score === null || categoryScore === undefined ? 'Not scored' : `Score ${categoryScore.score.toFixed(1)} / 5`}
          >
            {category.questions.map(question => {
              const answer = answers[question.id];
              return (
                <Box key={question.id} mb={2} role="group" aria-label={question.text}>
                  <Typography variant="subtitle1">{question.text}</Typography>
                  <RadioGroup row name={question.id} value={answer?.value ?? ''} onChange={e => edit(question.id, { value: e.target.value as AnswerValue })}>
                    {CHOICES.map(([value, label]) => (
                      <FormControlLabel key={value} value={value} label={label} disabled={!editable} control={<Radio />} />
                    ))}
                  </RadioGroup>
                  {(evidence[question.id] ?? []).map(hint => (
                    <Box key={hint.sourceId} display="flex" alignItems="center" style={{ gap: 8 }}>
                      <Typography variant="body2" color="textSecondary">
                        Suggested by the portal: {hint.summary}
                        {hint.suggestedAnswer && ` (suggests ${CHOICES.find(([v]) => v === hint.suggestedAnswer)?.[1]})`}
                      </Typography>
                      {editable && hint.suggestedAnswer && (
                        <Button size="small" onClick={() => edit(question.id, { value: hint.suggestedAnswer!, note: answer?.note || hint.summary })}>
                          Use
                        </Button>
                      )}
                    </Box>
                  ))}
                  {(!answer || answer.value === 'no' || answer.value === 'partly' || actions.some(a => a.questionId === question.id)) && (
                    <QuestionActions
                      questionId={question.id}
                      actions={actions.filter(a => a.questionId === question.id)}
                      editable={!!view.canEdit}
                      today={today}
                      onCreate={async action => {
                        await api.createAction(scopeRef, quarter, action);
                        await loadActions();
                      }}
                      onStatus={async (action, status) => {
                        await api.updateAction(quarter, action.id, { status });
                        await loadActions();
                      }}
                    />
                  )}
                  {answer && (
                    <Box display="flex" style={{ gap: 8 }}>
                      <TextField
                        label="Evidence link"
                        size="small"
                        fullWidth
                        disabled={!editable}
                        value={answer.evidenceUrl ?? ''}
                        onChange={e => edit(question.id, { evidenceUrl: e.target.value })}
                      />
                      <TextField
                        label="Note"
                        size="small"
                        fullWidth
                        disabled={!editable}
                        value={answer.note ?? ''}
                        onChange={e => edit(question.id, { note: e.target.value })}
                      />
                    </Box>
                  )}
                </Box>
              );
            })}
          </InfoCard>
        );
      })}
    </Box>
  );
}
