import { ADMIN, TestApp } from './test-app';

export type RoleName = 'ADMIN' | 'EDITOR' | 'REVIEWER' | 'VIEWER';

/** Creates an API key through the API (as the bootstrap admin) and returns its Authorization header. */
export async function createKey(t: TestApp, name: string, role: RoleName): Promise<{ id: string; headers: Record<string, string> }> {
  const body = await t.graphql<{ createApiKey: { secret: string; apiKey: { id: string } } }>(
    'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }',
    { input: { name, role } },
    ADMIN,
  );
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { id: body.data!.createApiKey.apiKey.id, headers: { authorization: `Bearer ${body.data!.createApiKey.secret}` } };
}
