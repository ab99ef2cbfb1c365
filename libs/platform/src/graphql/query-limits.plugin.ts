import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { getVariableValues, GraphQLError } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '../errors/error-codes';
import { operationDepth } from './query-depth';

export interface QueryLimits {
  maxDepth: number;
  maxComplexity: number;
}

function tooComplex(message: string, extra: Record<string, number>): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, ...extra, http: { status: 400 } },
  });
}

/**
 * Refuses an operation before it runs when it nests deeper than `maxDepth` or costs more than
 * `maxComplexity`. Each field costs 1 unless it declares `complexity` (lists multiply by `first`).
 */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<object>> {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          const depth = operationDepth(document, request.operationName);
          if (depth > limits.maxDepth) {
            throw tooComplex(`Query depth ${depth} exceeds the limit of ${limits.maxDepth}`, {
              depth,
              maxDepth: limits.maxDepth,
            });
          }
          // Variables that do not fit their types: execution refuses the operation unrun and names every bad field.
          if (getVariableValues(schema, operation?.variableDefinitions ?? [], request.variables ?? {}).errors) return;
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // Variables that do not fit their types: the caller's input, reported as such.
            throw new GraphQLError(error instanceof Error ? error.message : String(error), {
              extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
            });
          }
          if (complexity > limits.maxComplexity) {
            throw tooComplex(`Query complexity ${complexity} exceeds the limit of ${limits.maxComplexity}`, {
              complexity,
              maxComplexity: limits.maxComplexity,
            });
          }
        },
      };
    },
  };
}
