import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { DomainError, RequestContext } from '@lexgap/platform';
import { DocumentNode, FieldNode, getDirectiveValues, getVariableValues, GraphQLError, GraphQLIncludeDirective, GraphQLSkipDirective, Kind, SelectionSetNode } from 'graphql';
import { Authenticator } from './authenticator';
import type { AuthenticatedRequest } from './permission.guard';
import { WriteRateLimiter } from './write-rate-limiter';

/** What the plugin leaves on the request for PermissionGuard. */
export interface WriteBudgetRequest extends AuthenticatedRequest {
  /** The request's mutations are paid for already: the guard takes nothing per field. */
  writesCharged?: boolean;
  /** The Authorization header was refused once: every field of the request says so, none retries it. */
  authenticationError?: unknown;
}

/**
 * Pays for every mutation of a request before the first one runs: a request the key's write budget
 * cannot afford whole is refused whole with RATE_LIMITED (limit, requested, remaining), so no
 * request is ever cut off half-way. A request that is run reports each mutation's own outcome.
 */
@Plugin()
export class WriteBudgetPlugin implements ApolloServerPlugin<RequestContext> {
  constructor(
    private readonly authenticator: Authenticator,
    private readonly limiter: WriteRateLimiter,
  ) {}

  async requestDidStart(): Promise<GraphQLRequestListener<RequestContext>> {
    return {
      didResolveOperation: async ({ operation, document, schema, request, contextValue }) => {
        if (operation?.operation !== 'mutation') return;
        const req = contextValue.req as unknown as WriteBudgetRequest | undefined;
        if (!req) return;
        // Variables that do not fit their types: nothing runs, so nothing is paid.
        const variables = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
        if (variables.errors) return;
        if (!req.authenticated) {
          const header = req.headers.authorization;
          try {
            req.principal = await this.authenticator.authenticate(Array.isArray(header) ? header[0] : header, req.ip);
          } catch (error) {
            req.authenticationError = error;
          }
          req.authenticated = true;
        }
        // Anonymous callers write nothing (the guard refuses each mutation), so they pay nothing.
        if (!req.principal) return;
        const requested = countFields(document, operation.selectionSet, variables.coerced);
        try {
          this.limiter.take(req.principal.id, requested);
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          throw new GraphQLError(error.message, { originalError: error, extensions: { code: error.code, http: { status: 429 } } });
        }
        req.writesCharged = true;
      },
    };
  }
}

/**
 * The root fields the operation will run, one per response key (each alias counts; a field selected
 * twice under one key runs once): fragments are followed, @skip and @include honoured.
 */
function countFields(document: DocumentNode, selectionSet: SelectionSetNode, variables: Record<string, unknown>, keys = new Set<string>(), seen = new Set<string>()): number {
  for (const selection of selectionSet.selections) {
    if (!included(selection, variables)) continue;
    if (selection.kind === Kind.FIELD) {
      if (!isTypename(selection)) keys.add((selection.alias ?? selection.name).value);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      countFields(document, selection.selectionSet, variables, keys, seen);
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value);
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION) countFields(document, fragment.selectionSet, variables, keys, seen);
    }
  }
  return keys.size;
}

function included(node: SelectionSetNode['selections'][number], variables: Record<string, unknown>): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}

function isTypename(field: FieldNode): boolean {
  return field.name.value === '__typename';
}
