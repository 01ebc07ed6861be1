// Generated from src/schema/openapi.yaml of the backend by scripts/openapi/generate.mjs: do not edit.
/* eslint-disable */
export interface paths {
  '/checklist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The checklist new assessments are answered against. */
    get: operations['getChecklist'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/assessments/{quarter}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The scope's assessment of the quarter, and whether the caller may edit it. Users only. */
    get: operations['getAssessment'];
    /** Saves answers (null clears one); members of the scope's owner and admins. */
    put: operations['saveAnswers'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/assessments/{quarter}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submits the assessment; it is locked until an admin reopens it. */
    post: operations['submitAssessment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/assessments/{quarter}/reopen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reopens a submitted assessment. Platform admins. */
    post: operations['reopenAssessment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/assessments/{quarter}/changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every change of the assessment, newest first. */
    get: operations['getChanges'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/actions/{quarter}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The scope's actions open in the quarter or closed in it. */
    get: operations['listActions'];
    put?: never;
    /** Plans an action for a question of the scope's assessment, owned by a catalog user or group. */
    post: operations['createAction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/actions/{quarter}/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Changes an action's title, owner, due date or status. */
    patch: operations['updateAction'];
    trace?: never;
  };
  '/evidence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What the portal already knows that bears on each question, for the scope. */
    get: operations['getEvidence'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/overview/{quarter}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every assessment of the quarter with its status and score, for the heatmap. */
    get: operations['getOverview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The scope's score quarter by quarter. */
    get: operations['getHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /**
     * @description No value (OpenAPI 3.0 has no null type; this is how a nullable reference is said).
     * @enum {object|null}
     */
    NoValue: never | null;
    Error: {
      error: {
        name: string;
        message: string;
      } & {
        [key: string]: unknown;
      };
    } & {
      [key: string]: unknown;
    };
    /** @enum {string} */
    AnswerValue: 'yes' | 'partly' | 'no' | 'na';
    AnswerRecord: {
      value: components['schemas']['AnswerValue'];
      /**
       * Format: uri
       * @description A link to what shows the answer is true (a dashboard, a doc, a pipeline).
       */
      evidenceUrl?: string;
      note?: string;
    };
    Checklist: {
      id: string;
      version: number;
      title: string;
      categories: {
        id: string;
        title: string;
        questions: {
          id: string;
          text: string;
          /** @description Evidence sources that may suggest an answer, by id. */
          evidence?: string[];
        }[];
      }[];
    };
    Assessment: {
      scopeRef: string;
      quarter: string;
      checklistId: string;
      checklistVersion: number;
      /** @enum {string} */
      status: 'draft' | 'submitted';
      /** @description Bumped on every write; a write must name the revision it was based on. */
      revision: number;
      answers: {
        [key: string]: components['schemas']['AnswerRecord'];
      };
      updatedBy: string;
      updatedAt: string;
      submittedBy?: string;
      submittedAt?: string;
    };
    MaturityLevel: {
      level: number;
      name: string;
    };
    ScoreCard: {
      overall: number | null;
      level: components['schemas']['MaturityLevel'] | components['schemas']['NoValue'];
      categories: {
        id: string;
        title: string;
        score: number | null;
        level: components['schemas']['MaturityLevel'] | components['schemas']['NoValue'];
      }[];
      /** @description Answered questions ("not applicable" included). */
      answered: number;
      total: number;
    };
    /** @description An assessment with the checklist it is answered against and its score; `assessment` is null before the first save. */
    AssessmentView: {
      scopeRef: string;
      quarter: string;
      assessment: components['schemas']['Assessment'] | components['schemas']['NoValue'];
      checklist: components['schemas']['Checklist'];
      score: components['schemas']['ScoreCard'];
      canEdit?: boolean;
    };
    AssessmentConflict: {
      error: {
        name: string;
        message: string;
      } & {
        [key: string]: unknown;
      };
      current: components['schemas']['AssessmentView'];
    };
    AnswerChange: {
      questionId: string;
      from: components['schemas']['AnswerRecord'] | components['schemas']['NoValue'];
      to: components['schemas']['AnswerRecord'] | components['schemas']['NoValue'];
    };
    AssessmentChange: {
      revision: number;
      actor: string;
      at: string;
      /** @enum {string} */
      kind: 'answers' | 'submit' | 'reopen';
      changes: components['schemas']['AnswerChange'][];
    };
    /** @enum {string} */
    ActionStatus: 'open' | 'in-progress' | 'done' | 'dropped';
    /** @description An action planned to meet a question, owned by a catalog user or group. */
    MaturityAction: {
      id: string;
      scopeRef: string;
      questionId: string;
      title: string;
      ownerRef: string;
      /** Format: date */
      dueDate: string;
      status: components['schemas']['ActionStatus'];
      createdQuarter: string;
      closedQuarter?: string;
      createdBy: string;
      updatedBy: string;
      updatedAt: string;
    };
    /** @description A suggestion from something the portal already knows; the assessor decides whether to use it. */
    EvidenceHint: {
      sourceId: string;
      summary: string;
      suggestedAnswer?: components['schemas']['AnswerValue'];
      url?: string;
    };
  };
  responses: {
    /** @description Backstage's error body. */
    Error: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The assessment with its checklist and score. */
    View: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['AssessmentView'];
      };
    };
    /** @description Someone saved first, or the assessment is submitted; `current` is what is stored now. */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['AssessmentConflict'];
      };
    };
  };
  parameters: {
    /** @description A quarter like 2026-Q4. */
    quarter: string;
    /** @description `platform`, or a group or system entity ref (the kind defaults to group). */
    scope: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getChecklist: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The checklist. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Checklist'];
        };
      };
      default: components['responses']['Error'];
    };
  };
  getAssessment: {
    parameters: {
      query: {
        /** @description `platform`, or a group or system entity ref (the kind defaults to group). */
        scope: components['parameters']['scope'];
      };
      header?: never;
      path: {
        /** @description A quarter like 2026-Q4. */
        quarter: components['parameters']['quarter'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['View'];
      default: components['responses']['Error'];
    };
  };
  saveAnswers: {
    parameters: {
      query: {
        /** @description `platform`, or a group or system entity ref (the kind defaults to group). */
        scope: components['parameters']['scope'];
      };
      header?: never;
      path: {
        /** @description A quarter like 2026-Q4. */
        quarter: components['parameters']['quarter'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          revision: number;
          /** @description Question id to its answer, or null to clear it. */
          answers: {
            [key: string]: components['schemas']['AnswerRecord'] | components['schemas']['NoValue'];
          };
        };
      };
    };
    responses: {
      200: components['responses']['View'];
      409: components['responses']['Conflict'];
      default: components['responses']['Error'];
    };
  };
  submitAssessment: {
    parameters: {
      query: {
        /** @description `platform`, or a group or system entity ref (the kind defaults to group). */
        scope: components['parameters']['scope'];
      };
      header?: never;
      path: {
        /** @description A quarter like 2026-Q4. */
        quarter: components['parameters']['quarter'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          revision: number;
        };
      };
    };
    responses: {
      200: components['responses']['View'];
      409: components['responses']['Conflict'];
      default: components['responses']['Error'];
    };
  };
  reopenAssessment: {
    parameters: {
      query: {
        /** @description `platform`, or a group or system entity ref (the kind defaults to group). */
        scope: components['parameters']['scope'];
      };
      header?: never;
      path: {
        /** @description A quarter like 2026-Q4. */
        quarter: components['parameters']['quarter'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components['responses']['View'];
      default: components['responses']['Error'];
    };
  };
  getChanges: {
    parameters: {
      query: {
        /** @description `platform`, or a group or system entity ref (the kind defaults to group). */
        scope: components['parameters']['scope'];
      };
      header?: never;
      path: {
        /** @description A quarter like 2026-Q4. */
        quarter: components['parameters']['quarter'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The changes. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['AssessmentChange'][];
          };
        };
      };
      default: components['responses']['Error'];
    };
  };
  listActions: {
    parameters: {
      query: {
        /** @description `platform`, or a group or system entity ref (the kind defaults to group). */
        scope: components['parameters']['scope'];
      };
      header?: never;
      path: {
        /** @description A quarter like 2026-Q4. */
        quarter: components['parameters']['quarter'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The actions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['MaturityAction'][];
          };
        };
      };
      default: components['responses']['Error'];
    };
  };
  createAction: {
    parameters: {
      query: {
        /** @description `platform`, or a group or system entity ref (the kind defaults to group). */
        scope: components['parameters']['scope'];
      };
      header?: never;
      path: {
        /** @description A quarter like 2026-Q4. */
        quarter: components['parameters']['quarter'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          questionId: string;
          title: string;
          ownerRef: string;
          /** Format: date */
          dueDate: string;
        };
      };
    };
    responses: {
      /** @description The action. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MaturityAction'];
        };
      };
      default: components['responses']['Error'];
    };
  };
  updateAction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A quarter like 2026-Q4. */
        quarter: components['parameters']['quarter'];
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          title?: string;
          ownerRef?: string;
          /** Format: date */
          dueDate?: string;
          status?: components['schemas']['ActionStatus'];
        };
      };
    };
    responses: {
      /** @description The action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MaturityAction'];
        };
      };
      default: components['responses']['Error'];
    };
  };
  getEvidence: {
    parameters: {
      query: {
        /** @description `platform`, or a group or system entity ref (the kind defaults to group). */
        scope: components['parameters']['scope'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The hints, by question id. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            scopeRef: string;
            byQuestion: {
              [key: string]: components['schemas']['EvidenceHint'][];
            };
          };
        };
      };
      default: components['responses']['Error'];
    };
  };
  getOverview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A quarter like 2026-Q4. */
        quarter: components['parameters']['quarter'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The assessments. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            quarter: string;
            items: {
              scopeRef: string;
              /** @enum {string} */
              status: 'draft' | 'submitted';
              revision: number;
              score: components['schemas']['ScoreCard'];
            }[];
          };
        };
      };
      default: components['responses']['Error'];
    };
  };
  getHistory: {
    parameters: {
      query: {
        /** @description `platform`, or a group or system entity ref (the kind defaults to group). */
        scope: components['parameters']['scope'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The history. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            scopeRef: string;
            items: {
              quarter: string;
              /** @enum {string} */
              status: 'draft' | 'submitted';
              score: components['schemas']['ScoreCard'];
            }[];
          };
        };
      };
      default: components['responses']['Error'];
    };
  };
}
