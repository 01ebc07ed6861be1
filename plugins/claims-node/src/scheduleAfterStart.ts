import {
  RootLifecycleService,
  SchedulerService,
  SchedulerServiceTaskInvocationDefinition,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';

/**
 * Schedules a task that calls other plugins (the claims backend, the catalog) over HTTP once the
 * whole backend has started. Until then those plugins answer 503, and a first run that failed for
 * it would leave the task's data empty for a whole period.
 */
export function scheduleAfterStart(
  services: { rootLifecycle: RootLifecycleService; scheduler: SchedulerService },
  task: SchedulerServiceTaskScheduleDefinition & SchedulerServiceTaskInvocationDefinition,
): void {
  services.rootLifecycle.addStartupHook(() => services.scheduler.scheduleTask(task));
}
