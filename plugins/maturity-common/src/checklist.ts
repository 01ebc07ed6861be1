import { z } from 'zod';

const idPattern = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

const questionSchema = z.object({
  id: z.string().regex(idPattern, 'lowercase letters, digits, dashes and dots'),
  text: z.string().min(1),
  /** Kinds of evidence the portal may suggest for this question, by evidence source id. */
  evidence: z.array(z.string()).optional(),
});

const categorySchema = z.object({
  id: z.string().regex(idPattern, 'lowercase letters, digits, dashes and dots'),
  title: z.string().min(1),
  questions: z.array(questionSchema).min(1),
});

/**
 * The shape of a checklist file. Ids must be unique: answers are stored by question id, so ids
 * are what keeps old assessments readable when a new version rewords or adds questions.
 */
export const checklistSchema = z
  .object({
    id: z.string().regex(idPattern),
    version: z.number().int().positive(),
    title: z.string().min(1),
    categories: z.array(categorySchema).min(1),
  })
  .superRefine((checklist, ctx) => {
    const seen = new Set<string>();
    checklist.categories.forEach((category, c) => {
      if (seen.has(category.id)) {
        ctx.addIssue({ code: 'custom', path: ['categories', c, 'id'], message: `duplicate id ${category.id}` });
      }
      seen.add(category.id);
      category.questions.forEach((question, q) => {
        if (seen.has(question.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['categories', c, 'questions', q, 'id'],
            message: `duplicate id ${question.id}`,
          });
        }
        seen.add(question.id);
      });
    });
  });

export type Checklist = z.infer<typeof checklistSchema>;
export type ChecklistCategory = Checklist['categories'][number];
export type ChecklistQuestion = ChecklistCategory['questions'][number];

/** Parses a checklist, throwing an error that names the path of every problem. */
export function parseChecklist(data: unknown, source = 'checklist'): Checklist {
  const result = checklistSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map(i => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`Invalid ${source}: ${problems.join('; ')}`);
  }
  return result.data;
}
