import { ConflictError } from '@backstage/errors';
import { Assessment } from '@internal/plugin-maturity-common';

/**
 * A write based on a revision that is no longer current. It carries the current assessment so
 * the client can show both versions and nothing is lost.
 */
export class StaleRevisionError extends ConflictError {
  constructor(readonly expectedRevision: number, readonly current: Assessment) {
    super(
      `The assessment was changed by ${current.updatedBy} (revision ${current.revision}) after ` +
        `revision ${expectedRevision} you edited; reload it and apply your changes again`,
    );
  }
}

/** A write to a submitted assessment, which stays locked until an admin reopens it. */
export class AssessmentLockedError extends ConflictError {
  constructor(readonly current: Assessment) {
    super(
      `The ${current.quarter} assessment of ${current.scopeRef} was submitted by ` +
        `${current.submittedBy}; a platform admin must reopen it before it can change`,
    );
  }
}
