import { describe, expect, it } from 'vitest';
import { api, createTestApp, loginAs } from '../../testing/test-app';
import { json } from '../../testing/json';
import { rawSql } from '../../testing/tamper';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- chain JSON is navigated freely in tests
type Json = Record<string, any>;

const STALE = JSON.stringify({ matterCount: 999, publishable: false, blockers: ['stale'], blockerMessages: [] });

async function setup() {
  const { app, deps } = createTestApp();
  const call = api(app, await loginAs(app, 'city-admin.370800'));
  const chains = async (): Promise<Json[]> => (await json(await call('GET', '/api/chains'))).items;
  return { deps, call, chains };
}

describe('the chain list\'s stored figures', () => {
  it('are read from the chain rows, not recomposed on each call, and recomputed when a matter of the chain is edited', async () => {
    // given two chains, one using a matter the other does not, with stale stored figures
    const { deps, call, chains } = await setup();
    const before = await chains();
    const user = before.find((c) => c.matterCount > 0)!;
    const recipe = ((await rawSql(deps.db, 'SELECT recipe FROM chains WHERE id = ?', user.id)) as Array<{ recipe: string }>)[0]!.recipe;
    const code: string = JSON.parse(recipe).matters[0];
    const others = ((await rawSql(deps.db, 'SELECT id, recipe FROM chains')) as Array<{ id: string; recipe: string }>)
      .filter((r) => !JSON.parse(r.recipe).matters.includes(code));
    expect(others.length).toBeGreaterThan(0);
    await rawSql(deps.db, 'UPDATE chains SET figures = ?', STALE);
    expect((await chains()).every((c) => c.matterCount === 999)).toBe(true);
    // when the matter is edited
    const { matter } = await json(await call('GET', `/api/matters/${code}`));
    expect((await call('PUT', `/api/matters/${code}`, { matter: { ...matter, promisedLimitDays: Number(matter.promisedLimitDays ?? 0) + 1 } })).status).toBe(200);
    // then the chains using it show recomputed figures, the others keep what is stored
    const after = await chains();
    for (const chain of after) {
      const uses = !others.some((o) => o.id === chain.id);
      if (uses) expect(chain, chain.code).toMatchObject({ matterCount: before.find((c) => c.id === chain.id)!.matterCount, publishable: before.find((c) => c.id === chain.id)!.publishable });
      else expect(chain.matterCount, chain.code).toBe(999);
    }
  });

  it('are stored when a chain is created or saved, and computed once for rows that have none', async () => {
    // given
    const { deps, call, chains } = await setup();
    const [first] = await chains();
    const { chain } = await json(await call('GET', `/api/chains/${first!.id}`));
    // when a chain is created from another's recipe
    const created = await call('POST', '/api/chains', { recipe: { ...chain.recipe, code: 'figures-copy', name: '副本' } });
    expect(created.status).toBe(201);
    const id = (await json(created)).id;
    // then its figures are in its row
    const stored = ((await rawSql(deps.db, 'SELECT figures FROM chains WHERE id = ?', id)) as Array<{ figures: string | null }>)[0]!.figures;
    expect(JSON.parse(stored!)).toMatchObject({ matterCount: first!.matterCount, publishable: first!.publishable });
    // and rows without figures (from before the column) get them on the next list
    await rawSql(deps.db, 'UPDATE chains SET figures = NULL');
    expect((await chains()).find((c) => c.id === first!.id)).toMatchObject({ matterCount: first!.matterCount, blockers: first!.blockers });
    expect(((await rawSql(deps.db, 'SELECT count(*) AS n FROM chains WHERE figures IS NULL')) as Array<{ n: number }>)[0]!.n).toBe(0);
  });
});
