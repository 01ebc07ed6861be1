import { components } from './schema/openapi.generated';

type Schemas = components['schemas'];

/** One deployed revision in an application's history. */
export type ApplicationHistoryItem = Schemas['ApplicationHistoryItem'];
/** An Argo CD application of an entity, as the portal shows it. */
export type ApplicationView = Schemas['ApplicationView'];
/** What an instance said when it could not be read; the other instances still show. */
export type InstanceError = Schemas['InstanceError'];
export type EntityApplications = Schemas['EntityApplications'];
/** A sync or rollback done from the portal. */
export type ApplicationAction = Schemas['ApplicationAction'];
/** What the portal answers after an action: what happened, in words, and the action recorded. */
export type ActionResult = Schemas['ActionResult'];
/** The application a sync names; for production, `confirm` is its name typed by the person. */
export type ApplicationTarget = Schemas['ApplicationTarget'];
export type RollbackTarget = Schemas['RollbackTarget'];
