import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { quarterOf } from '@internal/plugin-maturity-common';
import { AssessmentForm } from './AssessmentForm';

/** The Maturity tab of a group or system: this quarter's assessment of that scope. */
export function MaturityEntityContent() {
  const { entity } = useEntity();
  return <AssessmentForm scopeRef={stringifyEntityRef(entity)} quarter={quarterOf(new Date())} />;
}
