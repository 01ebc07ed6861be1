import fc from 'fast-check';
import { appliesTo, durationMs } from './actions';
import { validateParameters } from './parameters';
import { Approval, FINAL_STATUSES, RunEvent, RunStatus, approvalOutcome, approvalRefusal, nextStatus } from './runs';

const STATUSES: RunStatus[] = ['pending_approval', 'rejected', 'running', 'succeeded', 'failed', 'expired'];
const EVENTS: RunEvent[] = ['approved', 'rejected', 'succeeded', 'failed', 'expired'];

describe('the run lifecycle', () => {
  it('never leaves a final status, and only a success can expire', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STATUSES), fc.array(fc.constantFrom(...EVENTS), { maxLength: 12 }), (start, events) => {
        let status = start;
        for (const event of events) {
          const next = nextStatus(status, event);
          if (next === undefined) continue;
          expect(FINAL_STATUSES.has(status)).toBe(false);
          expect(next !== 'expired' || status === 'succeeded').toBe(true);
          status = next;
        }
      }),
    );
  });

  it('goes from request to expiry through approval, the workflow and the time to live', () => {
    expect(['approved', 'succeeded', 'expired'].reduce<RunStatus | undefined>((s, e) => s && nextStatus(s, e as RunEvent), 'pending_approval')).toBe('expired');
    expect(nextStatus('running', 'approved')).toBeUndefined();
    expect(nextStatus('failed', 'succeeded')).toBeUndefined();
  });
});

describe('approvals', () => {
  const run = {
    status: 'pending_approval' as RunStatus,
    requester: 'user:default/carol',
    approvers: ['user:default/carol', 'user:default/dan', 'user:default/erin'],
    approvals: [] as Approval[],
  };

  it('refuses the requester, strangers, second decisions and runs no longer waiting', () => {
    expect(approvalRefusal(run, 'user:default/carol')).toBe('You cannot approve your own request');
    expect(approvalRefusal(run, 'user:default/mallory')).toBe('You are not one of the approvers of this run');
    expect(approvalRefusal({ ...run, approvals: [{ by: 'user:default/dan', at: '', decision: 'approved' }] }, 'user:default/dan')).toBe(
      'You have already decided on this run',
    );
    expect(approvalRefusal({ ...run, status: 'running' }, 'user:default/dan')).toBe('The run is running, not waiting for approval');
    expect(approvalRefusal(run, 'user:default/dan')).toBeUndefined();
  });

  it('approves with enough distinct approvers, and any rejection rejects (property)', () => {
    const approval = fc.record({
      by: fc.constantFrom('a', 'b', 'c', 'd'),
      at: fc.constant(''),
      decision: fc.constantFrom<'approved' | 'rejected'>('approved', 'rejected'),
    });
    fc.assert(
      fc.property(fc.array(approval, { maxLength: 8 }), fc.integer({ min: 1, max: 4 }), (approvals, required) => {
        const outcome = approvalOutcome(approvals, required);
        const distinct = new Set(approvals.filter(a => a.decision === 'approved').map(a => a.by)).size;
        const rejected = approvals.some(a => a.decision === 'rejected');
        let expected = distinct >= required ? 'approved' : 'pending';
        if (rejected) expected = 'rejected';
        expect(outcome).toBe(expected);
      }),
    );
  });
});

describe('definitions', () => {
  const entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'payments-api', tags: ['java', 'pci'] },
    spec: { type: 'service' },
  };

  it('offers an action on entities whose kind, type and tags all match one selector', () => {
    expect(appliesTo({ appliesTo: [{ kind: 'component', type: 'service' }] }, entity)).toBe(true);
    expect(appliesTo({ appliesTo: [{ kind: 'Component', tags: ['pci', 'java'] }] }, entity)).toBe(true);
    expect(appliesTo({ appliesTo: [{ kind: 'Component', tags: ['pci', 'go'] }] }, entity)).toBe(false);
    expect(appliesTo({ appliesTo: [{ type: 'website' }, { kind: 'System' }] }, entity)).toBe(false);
  });

  it('reads ISO 8601 durations and refuses anything else', () => {
    expect(durationMs('PT8H')).toBe(8 * 3600_000);
    expect(durationMs('P1DT30M')).toBe(24 * 3600_000 + 30 * 60_000);
    expect(durationMs('PT45S')).toBe(45_000);
    for (const bad of ['8h', 'P', 'PT', 'PT-1H', '']) expect(() => durationMs(bad)).toThrow('is not an ISO 8601 duration');
  });

  it('names every field that does not match the schema', () => {
    const schema = {
      type: 'object',
      required: ['environment', 'reason'],
      additionalProperties: false,
      properties: { environment: { type: 'string', enum: ['prod', 'staging'] }, reason: { type: 'string', minLength: 10 } },
    };
    expect(validateParameters(schema, { environment: 'prod', reason: 'incident 4711 on-call' })).toEqual([]);
    expect(validateParameters(schema, { environment: 'dev', reason: 'short', url: 'http://evil' })).toEqual([
      { field: 'url', message: 'is not a field of this action' },
      { field: 'environment', message: 'must be equal to one of the allowed values' },
      { field: 'reason', message: 'must NOT have fewer than 10 characters' },
    ]);
    expect(validateParameters(schema, {})).toEqual([
      { field: 'environment', message: "must have required property 'environment'" },
      { field: 'reason', message: "must have required property 'reason'" },
    ]);
  });
});
