import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminEvaluationListSchema, evaluationResultsSchema } from '../../shared/schemas/evaluations';
import { ambassadorCandidatesSchema, ideaListSchema } from '../../shared/schemas/ideas';
import { adminStoryListSchema, storyListSchema } from '../../shared/schemas/stories';
import { teamOverviewSchema } from '../../shared/schemas/team';
import { testDatabases } from '../helpers/databases';
import { demoContext } from '../helpers/demo';
import type { TestClient, TestContext } from '../helpers/test-app';

describe.each(testDatabases())('the demo’s stories, ideas and evaluation ($name)', (kind) => {
  let ctx: TestContext;
  let signIn: (email: string) => Promise<TestClient>;
  beforeAll(async () => {
    ({ ctx, signIn } = await demoContext(kind, '2026-11-26T10:00:00Z'));
  });
  afterAll(() => ctx.close());

  it('has approved stories, ideas with votes and an answered one, an ambassador, and an evaluation with one filter held back', async () => {
    const sanne = await signIn('sanne@anker.example');
    const stories = storyListSchema.parse(await (await sanne.get('/api/stories')).json()).stories;
    expect(stories.length).toBeGreaterThanOrEqual(3);
    expect(stories.map((s) => s.author.name)).toEqual(expect.arrayContaining(['Aisha El Amrani', 'Tomasz', null]));
    const ideas = ideaListSchema.parse(await (await sanne.get('/api/ideas')).json()).ideas;
    expect(ideas.find((i) => i.status === 'done')).toMatchObject({ supporters: 3, answer: expect.stringContaining('online') });
    expect(ideas.some((i) => i.supporters > 0 && i.status !== 'done')).toBe(true);

    const lotte = await signIn('lotte@anker.example');
    expect(adminStoryListSchema.parse(await (await lotte.get('/api/admin/stories')).json()).stories.filter((s) => s.status === 'pending')).toHaveLength(1);
    expect(ambassadorCandidatesSchema.parse(await (await lotte.get('/api/admin/ambassadors')).json()).people.filter((p) => p.status === 'ambassador').map((p) => p.name)).toEqual(['Aisha El Amrani']);
    const [evaluation] = adminEvaluationListSchema.parse(await (await lotte.get('/api/admin/evaluations')).json()).evaluations;
    if (!evaluation) throw new Error('no demo evaluation');
    const all = evaluationResultsSchema.parse(await (await lotte.get(`/api/admin/evaluations/${evaluation.id}/results`)).json());
    expect(all).toMatchObject({ responses: 14, withheld: false, commentsWithheld: false });
    // Everyone behind an answer was reached (and two more were shown it without answering); each wrote their own comment.
    expect(evaluation).toMatchObject({ responses: 14, reached: 16 });
    expect(evaluation.reached).toBeGreaterThanOrEqual(evaluation.responses);
    const answeredPeople = await ctx.deps.db.selectFrom('evaluation_participations').select('person_id').where('evaluation_id', '=', evaluation.id).where('responded_on', 'is not', null).execute();
    expect(new Set(answeredPeople.map((p) => p.person_id)).size).toBe(14);
    const comments = all.questions.find((q) => q.kind === 'text')?.comments ?? [];
    expect(comments).toHaveLength(14);
    expect(new Set(comments).size).toBe(comments.length);
    // Sanne was not asked yet: her home shows the card; Tomasz said "not now" and is left alone.
    expect((await (await sanne.get('/api/me/evaluation')).json()).evaluation).toMatchObject({ id: evaluation.id });
    const tomasz = await signIn('tomasz@anker.example');
    expect((await (await tomasz.get('/api/me/evaluation')).json()).evaluation).toBeNull();
    const teams = await ctx.deps.db.selectFrom('teams').select(['id', 'name']).execute();
    const teamId = (name: string) => teams.find((t) => t.name === name)?.id ?? '';
    const care = evaluationResultsSchema.parse(await (await lotte.get(`/api/admin/evaluations/${evaluation.id}/results?teamId=${teamId('Afdeling Zonnebloem')}`)).json());
    expect(care).toMatchObject({ responses: 6, withheld: false, commentsWithheld: true });
    const small = evaluationResultsSchema.parse(await (await lotte.get(`/api/admin/evaluations/${evaluation.id}/results?teamId=${teamId('Leren & Ontwikkelen')}`)).json());
    expect(small).toMatchObject({ responses: null, withheld: true });

    const mark = await signIn('mark@anker.example');
    const team = teamOverviewSchema.parse(await (await mark.get('/api/team/overview')).json());
    expect(team).toMatchObject({ teamName: 'Afdeling Zonnebloem', evaluationScore: expect.any(Number) });
    expect(team.stories.map((s) => s.title)).toEqual(expect.arrayContaining(['Mijn rug doet het weer']));
  });
});
