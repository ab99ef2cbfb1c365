import DataLoader from 'dataloader';

/** The per-request GraphQL context. A new one is built for every HTTP request. */
export interface RequestContext {
  req: { id?: unknown; headers: Record<string, string | string[] | undefined> } & Record<string, unknown>;
  loaders: Map<string, DataLoader<unknown, unknown>>;
}

/**
 * The request's DataLoader named `name`, created on first use. Loaders live on the request context,
 * so batching and caching never cross requests (and never serve one caller another's view).
 */
export function loaderFor<K, V>(
  context: RequestContext,
  name: string,
  batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>,
  options?: DataLoader.Options<K, V, string>,
): DataLoader<K, V, string> {
  let loader = context.loaders.get(name) as DataLoader<K, V, string> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V, string>(batch, { maxBatchSize: 500, ...options });
    context.loaders.set(name, loader as unknown as DataLoader<unknown, unknown>);
  }
  return loader;
}
