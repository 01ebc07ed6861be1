import { components } from './schema/openapi.generated';

type Schemas = components['schemas'];

/** When a source last delivered, and why its data is stale if it is. */
export type SourceFreshness = Schemas['SourceFreshness'];
/** What the Cost tab shows. */
export type CostEntityView = Schemas['CostEntityView'];
/** One line of a group's showback. */
export type ShowbackRow = Schemas['ShowbackRow'];
export type Showback = Schemas['Showback'];
/** Costs no entity claims, grouped by what they name. */
export type UnallocatedCost = Schemas['UnallocatedCost'];
/** A budget as it is set: the amount, and the shares that alert (default 0.8 and 1). */
export type BudgetInput = Schemas['BudgetInput'];
/** What a FOCUS upload imported and refused. */
export type FocusImportResult = Schemas['FocusImportResult'];
