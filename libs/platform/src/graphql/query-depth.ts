import { DocumentNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';

/**
 * The deepest field nesting of one operation, following fragments. Introspection fields (`__schema`,
 * `__type`) are not counted: tools need them and their depth is fixed by the spec, not by users.
 */
export function operationDepth(document: DocumentNode, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    if (def.kind === Kind.OPERATION_DEFINITION) operations.push(def);
  }
  const chosen = operationName ? operations.filter((op) => op.name?.value === operationName) : operations;
  const depthOf = (set: SelectionSetNode | undefined, visiting: Set<string>): number => {
    if (!set) return 0;
    let max = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith('__')) continue;
        max = Math.max(max, 1 + depthOf(sel.selectionSet, visiting));
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        max = Math.max(max, depthOf(sel.selectionSet, visiting));
      } else {
        const name = sel.name.value;
        const fragment = fragments.get(name);
        if (!fragment || visiting.has(name)) continue; // cycles are a validation error reported elsewhere
        visiting.add(name);
        max = Math.max(max, depthOf(fragment.selectionSet, visiting));
        visiting.delete(name);
      }
    }
    return max;
  };
  return chosen.reduce((max, op) => Math.max(max, depthOf(op.selectionSet, new Set())), 0);
}
