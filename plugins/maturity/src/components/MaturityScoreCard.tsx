import { InfoCard } from '@backstage/core-components';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { quarterOf } from '@internal/plugin-maturity-common';
import { Typography } from '@material-ui/core';
import useAsync from 'react-use/esm/useAsync';
import { maturityApiRef } from '../api';

/** This quarter's maturity of the group or system, on its overview. */
export function MaturityScoreCard() {
  const { entity } = useEntity();
  const api = useApi(maturityApiRef);
  const quarter = quarterOf(new Date());
  const { value, error } = useAsync(() => api.getAssessment(stringifyEntityRef(entity), quarter), [api, entity, quarter]);
  return (
    <InfoCard title={`Maturity ${quarter}`} deepLink={{ title: 'Open the checklist', link: 'maturity' }}>
      {error && <Typography color="error">{error.message}</Typography>}
      {value && !value.assessment && <Typography>Not assessed this quarter yet.</Typography>}
      {value?.assessment && (
        <>
          <Typography variant="h5" component="p">
            {value.score.overall === null ? 'Not scored' : `${value.score.overall.toFixed(1)} / 5 · ${value.score.level?.name}`}
          </Typography>
          <Typography variant="body2">
            {value.score.answered} of {value.score.total} answered · {value.assessment.status}
          </Typography>
        </>
      )}
    </InfoCard>
  );
}
