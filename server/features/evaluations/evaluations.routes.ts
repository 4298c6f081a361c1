import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { currentPerson, requireRole } from '../../http/access';
import {
  adminEvaluationsContract,
  createEvaluationContract,
  dismissEvaluationContract,
  evaluationResultsContract,
  evaluationResultsCsvContract,
  evaluationTemplatesContract,
  myEvaluationContract,
  reactToTrainingContract,
  remindEvaluationContract,
  respondEvaluationContract,
  shownEvaluationContract,
  trainingReactionsContract,
  updateEvaluationContract,
} from '../../../shared/contracts/evaluations';
import { evaluationTemplates } from './evaluation-templates';
import {
  adminEvaluations,
  changeEvaluation,
  createEvaluation,
  dismiss,
  evaluationResults,
  evaluationResultsCsv,
  markShown,
  myEvaluation,
  remindNonResponders,
  respond,
} from './evaluations.service';
import { reactionsPerTraining, reactToTraining } from './reactions.service';

const signedIn = [requireRole()] as const;
const admins = [requireRole('admin')] as const;
const ok = { ok: true as const };

export function evaluationRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(defineRoute({ ...myEvaluationContract, middleware: signedIn }), async (c) => c.json(await myEvaluation(deps.db, currentPerson(c), deps.clock()), 200))
    .openapi(defineRoute({ ...shownEvaluationContract, middleware: signedIn }), async (c) => {
      await markShown(deps.db, currentPerson(c), c.req.valid('param').id, deps.clock());
      return c.json(ok, 200);
    })
    .openapi(defineRoute({ ...respondEvaluationContract, middleware: signedIn }), async (c) => {
      await respond(deps.db, currentPerson(c), c.req.valid('param').id, c.req.valid('json').answers, deps.clock());
      return c.json(ok, 200);
    })
    .openapi(defineRoute({ ...dismissEvaluationContract, middleware: signedIn }), async (c) => {
      await dismiss(deps.db, currentPerson(c), c.req.valid('param').id, deps.clock());
      return c.json(ok, 200);
    })
    .openapi(defineRoute({ ...adminEvaluationsContract, middleware: admins }), async (c) => c.json({ evaluations: await adminEvaluations(deps.db) }, 200))
    .openapi(defineRoute({ ...createEvaluationContract, middleware: admins }), async (c) => c.json(await createEvaluation(deps.db, c.req.valid('json'), deps.clock()), 201))
    .openapi(defineRoute({ ...updateEvaluationContract, middleware: admins }), async (c) => {
      await changeEvaluation(deps.db, c.req.valid('param').id, c.req.valid('json'), deps.clock());
      return c.json(ok, 200);
    })
    .openapi(defineRoute({ ...evaluationTemplatesContract, middleware: admins }), (c) => c.json({ templates: evaluationTemplates }, 200))
    .openapi(defineRoute({ ...evaluationResultsContract, middleware: admins }), async (c) =>
      c.json(await evaluationResults(deps.db, c.req.valid('param').id, c.req.valid('query'), currentPerson(c).language), 200),
    )
    .openapi(defineRoute({ ...evaluationResultsCsvContract, middleware: admins }), async (c) => {
      const csv = await evaluationResultsCsv(deps.db, c.req.valid('param').id, c.req.valid('query'), currentPerson(c).language);
      return c.body(csv, 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="evaluation-results.csv"' });
    })
    .openapi(defineRoute({ ...remindEvaluationContract, middleware: admins }), async (c) =>
      c.json({ reminded: await remindNonResponders(deps, currentPerson(c), c.req.valid('param').id) }, 200),
    )
    .openapi(defineRoute({ ...reactToTrainingContract, middleware: signedIn }), async (c) => {
      await reactToTraining(deps.db, currentPerson(c), c.req.valid('param').id, c.req.valid('json').useful, deps.clock());
      return c.json(ok, 200);
    })
    .openapi(defineRoute({ ...trainingReactionsContract, middleware: admins }), async (c) => c.json(await reactionsPerTraining(deps.db, deps.clock(), currentPerson(c).language), 200));
}
