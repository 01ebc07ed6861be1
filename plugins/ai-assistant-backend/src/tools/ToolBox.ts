import { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { ActionsService, ActionsServiceAction } from '@backstage/backend-plugin-api/alpha';
import { isError } from '@backstage/errors';
import { JsonObject } from '@backstage/types';
import { ToolCall, ToolSpec } from '../providers/types';
import { Grounding, asData, groundingOf } from './grounding';

export interface ToolResult extends Grounding {
  actionId?: string;
  status: 'done' | 'refused' | 'failed';
  /** What the model is shown: the output as data, or why there is none. */
  content: string;
}

export interface ToolBoxOptions {
  actions: ActionsService;
  /** Action ids the assistant may call (`catalog:get-catalog-entity`...). */
  allowed: string[];
  confidentialAnnotation: string;
  timeoutMs: number;
  maxOutputChars: number;
}

/** A call that produced no output: refused, or failed, with what the model is told instead. */
const withoutOutput = (status: 'refused' | 'failed', content: string, actionId?: string): ToolResult => ({
  actionId,
  status,
  content,
  citations: [],
  confidential: [],
  entityRefs: [],
});

/** Provider tool names allow `[a-zA-Z0-9_-]` only: `catalog:get-catalog-entity` → `catalog__get-catalog-entity`. */
export const toolNameOf = (actionId: string) => actionId.replace(/[^a-zA-Z0-9_-]/g, '__').slice(0, 64);

/** Only actions that read and cannot change anything are ever offered, whatever is configured. */
export const isReadOnly = (action: ActionsServiceAction) => action.attributes.readOnly && !action.attributes.destructive;

/**
 * The tools of one question: the allowed read-only actions of the actions registry, each called
 * with the asking user's credentials, so the assistant sees exactly what the user may see.
 */
export class ToolBox {
  static async forUser(options: ToolBoxOptions, credentials: BackstageCredentials): Promise<ToolBox> {
    const allowed = new Set(options.allowed);
    const { actions } = await options.actions.list({ credentials });
    return new ToolBox(
      options,
      credentials,
      actions.filter(a => allowed.has(a.id) && isReadOnly(a)),
    );
  }

  private readonly byName: Map<string, ActionsServiceAction>;

  private constructor(
    private readonly options: ToolBoxOptions,
    private readonly credentials: BackstageCredentials,
    readonly available: ActionsServiceAction[],
  ) {
    this.byName = new Map(available.map(a => [toolNameOf(a.id), a]));
  }

  has(actionId: string) {
    return this.available.some(a => a.id === actionId);
  }

  specs(): ToolSpec[] {
    return this.available.map(a => ({
      name: toolNameOf(a.id),
      description: `${a.title}. ${a.description}`.trim().slice(0, 1000),
      parameters: a.schema.input as Record<string, unknown>,
    }));
  }

  /** A call the model asked for. Anything not on offer is refused, never run. */
  async call(call: ToolCall): Promise<ToolResult> {
    const action = this.byName.get(call.name);
    if (!action) {
      return withoutOutput(
        'refused',
        `The tool "${call.name}" is not available. The assistant can only read; suggest a self-service action the user can run from the portal instead.`,
      );
    }
    let input: JsonObject;
    try {
      const parsed = JSON.parse(call.arguments || '{}');
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
      input = parsed;
    } catch {
      return withoutOutput('failed', 'The arguments must be a JSON object.', action.id);
    }
    return this.invoke(action.id, input);
  }

  /** Runs an allowed action directly (the assistant's own lookups before it asks the model). */
  async invoke(actionId: string, input: JsonObject): Promise<ToolResult> {
    if (!this.has(actionId)) {
      return withoutOutput('refused', `The tool ${actionId} is not available.`, actionId);
    }
    let timer: NodeJS.Timeout | undefined;
    try {
      const { output } = await Promise.race([
        this.options.actions.invoke({ id: actionId, input, credentials: this.credentials }),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${this.options.timeoutMs} ms`)), this.options.timeoutMs);
        }),
      ]);
      const grounding = groundingOf(output, this.options.confidentialAnnotation);
      const data = { output, sources: grounding.citations.map(c => ({ title: c.title, url: c.url })) };
      return { actionId, status: 'done', content: asData(actionId, data, this.options.maxOutputChars), ...grounding };
    } catch (error) {
      const message = isError(error) ? error.message : String(error);
      return withoutOutput('failed', `The tool failed: ${message.slice(0, 300)}`, actionId);
    } finally {
      clearTimeout(timer);
    }
  }
}
