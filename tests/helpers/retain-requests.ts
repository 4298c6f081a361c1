import { randomUUID } from 'node:crypto';
import { createEvaluation } from '../../server/features/evaluations/evaluations.service';
import { writeStory } from '../../server/features/stories/stories.service';
import type { EvaluationInput } from '../../shared/schemas/evaluations';
import { testJpeg } from './campaigns';
import type { TestOrganisation } from './organisation';
import type { RouteRequest } from './route-requests';
import { addPerson, type TestContext } from './test-app';

const storyBody = (itemId: string) => ({ title: 'Lifting without back pain', body: 'The new grip from the training saves my back every day.', itemId, display: 'first_name_department' });

/** A small open evaluation as L&D would build it. */
export const evaluationInput = (): EvaluationInput => ({
  title: { nl: 'Hoe gaat het?', en: 'How is it going?' },
  questions: [
    { id: 'easy', kind: 'likert', text: { nl: 'De app is makkelijk.', en: 'The app is easy.' }, options: [] },
    { id: 'tip', kind: 'text', text: { nl: 'Een tip?', en: 'A tip?' }, options: [] },
  ],
  trigger: { kind: 'periodic', everyDays: 90 },
  status: 'open',
});

/** Valid requests for the routes of stories, ideas, ambassadors, evaluations and the team page (see route-requests.ts). */
export function retainRequests(ctx: TestContext, org: TestOrganisation): Record<string, () => Promise<RouteRequest>> {
  const db = ctx.deps.db;
  const plain = (path: string) => async () => ({ path });
  const at = () => ctx.clock().toISOString();
  const employeeStory = async (status: 'pending' | 'approved' | 'edit_proposed' = 'pending') => {
    const { id } = await writeStory(db, org.people.employee, storyBody(org.items.micro) as never, ctx.clock());
    const edit = status === 'edit_proposed' ? { proposed_title: 'A better grip', proposed_body: 'The grip from the training saves my back.' } : {};
    await db.updateTable('stories').set({ status, approved_at: status === 'approved' ? at() : null, ...edit }).where('id', '=', id).execute();
    return db.selectFrom('stories').select(['id', 'code']).where('id', '=', id).executeTakeFirstOrThrow();
  };
  const visibleIdea = async () => {
    const id = randomUUID();
    await db.insertInto('ideas').values({ id, author_id: org.people.employee.id, title: 'Calm at the desk', body: 'A short training on angry visitors.', topic: 'Communication', status: 'considering', answer: null, status_changed_at: at(), created_at: at() }).execute();
    return id;
  };
  const everyone = Object.values(org.people);
  const ambassadorRow = (personId: string, change: { considered?: number; invited_at?: string | null; accepted_at?: string | null }) => ({
    person_id: personId,
    considered: 0,
    invited_at: null,
    accepted_at: null,
    show_badge: 1,
    show_authorship: 0,
    updated_at: at(),
    ...change,
  });
  const upsertAmbassador = async (row: ReturnType<typeof ambassadorRow>) => {
    const { person_id: _, ...rest } = row;
    await db.insertInto('ambassadors').values(row).onConflict((oc) => oc.column('person_id').doUpdateSet(rest)).execute();
  };
  const openEvaluation = async () => (await createEvaluation(db, evaluationInput(), ctx.clock())).id;
  /** An open evaluation the employee was shown; nobody else was. */
  const shownToEmployee = async () => {
    await db.updateTable('evaluations').set({ status: 'closed' }).where('status', '=', 'open').execute();
    const id = await openEvaluation();
    await db.insertInto('evaluation_participations').values({ evaluation_id: id, person_id: org.people.employee.id, round: 0, shown_at: at(), dismissed_at: null, reminded_at: null, responded_on: null }).execute();
    return id;
  };
  /** An open evaluation due for anyone who asks: nobody was shown one yet, so the 30-day cap holds nobody back. */
  const dueForAnyone = async () => {
    await db.updateTable('evaluations').set({ status: 'closed' }).where('status', '=', 'open').execute();
    await db.deleteFrom('evaluation_participations').execute();
    return openEvaluation();
  };
  return {
    'GET /api/stories': plain('/api/stories'),
    'GET /api/s/{code}': async () => ({ path: `/api/s/${(await employeeStory('approved')).code}?lang=en` }),
    'POST /api/s/{code}/views': async () => ({ path: `/api/s/${(await employeeStory('approved')).code}/views` }),
    'POST /api/stories/{id}/starts': async () => ({ path: `/api/stories/${(await employeeStory('approved')).id}/starts` }),
    'POST /api/stories/{id}/shares': async () => ({ path: `/api/stories/${(await employeeStory('approved')).id}/shares` }),
    'GET /api/me/stories': plain('/api/me/stories'),
    'POST /api/me/stories': async () => ({ path: '/api/me/stories', body: storyBody(org.items.micro) }),
    'POST /api/me/stories/{id}/edit-decision': async () => ({ path: `/api/me/stories/${(await employeeStory('edit_proposed')).id}/edit-decision`, body: { accept: true } }),
    'DELETE /api/me/stories/{id}': async () => ({ path: `/api/me/stories/${(await employeeStory()).id}` }),
    'POST /api/me/images': async () => ({ path: '/api/me/images', body: { data: (await testJpeg(40, 30)).toString('base64') } }),
    'GET /api/admin/stories': plain('/api/admin/stories'),
    'POST /api/admin/stories/{id}/approve': async () => ({ path: `/api/admin/stories/${(await employeeStory()).id}/approve` }),
    'POST /api/admin/stories/{id}/decline': async () => ({ path: `/api/admin/stories/${(await employeeStory()).id}/decline`, body: { reason: 'Leave out the client’s name, please.' } }),
    'POST /api/admin/stories/{id}/edit': async () => ({
      path: `/api/admin/stories/${(await employeeStory()).id}/edit`,
      body: { title: 'A better grip', body: 'The grip from the training saves my back.' },
    }),
    'GET /api/ideas': plain('/api/ideas'),
    'POST /api/ideas': async () => ({ path: '/api/ideas', body: { title: 'Calm at the desk', body: 'A short training on angry visitors, please.', topic: 'Communication' } }),
    'POST /api/ideas/{id}/votes': async () => ({ path: `/api/ideas/${await visibleIdea()}/votes` }),
    'DELETE /api/ideas/{id}/votes': async () => {
      const id = await visibleIdea();
      await db.insertInto('idea_votes').values(everyone.map((p) => ({ idea_id: id, person_id: p.id, voted_at: at() }))).execute();
      return { path: `/api/ideas/${id}/votes` };
    },
    'GET /api/admin/ideas': plain('/api/admin/ideas'),
    'PATCH /api/admin/ideas/{id}': async () => ({ path: `/api/admin/ideas/${await visibleIdea()}`, body: { status: 'planned', answer: 'In the autumn offer.' } }),
    'GET /api/me/ambassador': plain('/api/me/ambassador'),
    'PATCH /api/me/ambassador': async () => ({ path: '/api/me/ambassador', body: { considered: true } }),
    'POST /api/me/ambassador/accept': async () => {
      for (const p of everyone) await upsertAmbassador(ambassadorRow(p.id, { considered: 1, invited_at: at(), accepted_at: null }));
      return { path: '/api/me/ambassador/accept' };
    },
    'DELETE /api/me/ambassador': plain('/api/me/ambassador'),
    'GET /api/admin/ambassadors': plain('/api/admin/ambassadors'),
    'POST /api/admin/ambassadors/{id}/invite': async () => {
      const person = await addPerson(ctx);
      await upsertAmbassador(ambassadorRow(person.id, { considered: 1 }));
      return { path: `/api/admin/ambassadors/${person.id}/invite` };
    },
    'POST /api/ambassador/drafts': async () => {
      await upsertAmbassador(ambassadorRow(org.people.employee.id, { considered: 1, invited_at: at(), accepted_at: at() }));
      return { path: '/api/ambassador/drafts', body: { kind: 'teaser', language: 'en', title: 'Calm at the desk', body: 'Three sentences that calm an angry visitor.' } };
    },
    'GET /api/admin/ambassador-drafts': plain('/api/admin/ambassador-drafts'),
    'POST /api/admin/ambassador-drafts/{id}/reviewed': async () => {
      const id = randomUUID();
      await db.insertInto('ambassador_drafts').values({ id, author_id: org.people.employee.id, kind: 'micro', language: 'nl', title: 'Rustig aan de balie', body: 'Drie zinnen die een boze bezoeker kalmeren.', status: 'submitted', created_at: at() }).execute();
      return { path: `/api/admin/ambassador-drafts/${id}/reviewed` };
    },
    'POST /api/admin/ambassador-drafts/{id}/adopt': async () => {
      const id = randomUUID();
      await db.insertInto('ambassador_drafts').values({ id, author_id: org.people.employee.id, kind: 'micro', language: 'nl', title: 'Rustig aan de balie', body: 'Drie zinnen die een boze bezoeker kalmeren.', status: 'submitted', created_at: at() }).execute();
      return { path: `/api/admin/ambassador-drafts/${id}/adopt` };
    },
    'GET /api/me/evaluation': plain('/api/me/evaluation'),
    'POST /api/me/evaluations/{id}/shown': async () => ({ path: `/api/me/evaluations/${await dueForAnyone()}/shown` }),
    'POST /api/me/evaluations/{id}/responses': async () => ({ path: `/api/me/evaluations/${await shownToEmployee()}/responses`, body: { answers: [{ questionId: 'easy', value: 4 }] } }),
    'POST /api/me/evaluations/{id}/dismiss': async () => ({ path: `/api/me/evaluations/${await shownToEmployee()}/dismiss` }),
    'GET /api/admin/evaluations': plain('/api/admin/evaluations'),
    'POST /api/admin/evaluations': async () => ({ path: '/api/admin/evaluations', body: evaluationInput() }),
    'PUT /api/admin/evaluations/{id}': async () => ({ path: `/api/admin/evaluations/${await openEvaluation()}`, body: { ...evaluationInput(), status: 'closed' } }),
    'GET /api/admin/evaluation-templates': plain('/api/admin/evaluation-templates'),
    'GET /api/admin/evaluations/{id}/results': async () => ({ path: `/api/admin/evaluations/${await openEvaluation()}/results?teamId=${org.teamA.id}` }),
    'GET /api/admin/evaluations/{id}/results.csv': async () => ({ path: `/api/admin/evaluations/${await openEvaluation()}/results.csv` }),
    'POST /api/admin/evaluations/{id}/reminders': async () => ({ path: `/api/admin/evaluations/${await openEvaluation()}/reminders` }),
    'PUT /api/items/{id}/reaction': async () => ({ path: `/api/items/${org.items.micro}/reaction`, body: { useful: true } }),
    'GET /api/admin/reactions': plain('/api/admin/reactions'),
    'GET /api/team/overview': plain('/api/team/overview'),
    'POST /api/team/recommendations': async () => ({ path: '/api/team/recommendations', body: { itemId: org.items.micro, note: 'Before the audit' } }),
    'GET /api/me/recommendations': plain('/api/me/recommendations'),
    'GET /api/team/email': plain('/api/team/email'),
    'POST /api/team/email': plain('/api/team/email'),
    'POST /api/team/story-invitations': async () => ({ path: '/api/team/story-invitations', body: { personId: org.people.employee.id, message: 'Your tip helped us all.' } }),
  };
}
