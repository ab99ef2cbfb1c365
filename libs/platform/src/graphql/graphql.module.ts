import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Logger, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request } from 'express';
import { AppConfig } from '../config/app-config';
import { formatGraphQLError } from '../errors/format-graphql-error';
import { offlineLandingPagePlugin } from './offline-landing-page.plugin';
import { queryLimitsPlugin } from './query-limits.plugin';
import { RequestContext } from './request-loaders';

/** Options shared by the served API and by the schema generator (`npm run schema:generate`). */
export function graphqlDriverConfig(config: AppConfig): ApolloDriverConfig {
  const production = config.nodeEnv === 'production';
  const logger = new Logger('GraphQL');
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    buildSchemaOptions: { dateScalarMode: 'isoDate', numberScalarMode: 'float' },
    playground: false,
    introspection: true,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: !production,
    context: ({ req }: { req: Request }): RequestContext => ({
      req: req as unknown as RequestContext['req'],
      loaders: new Map(),
    }),
    formatError: (formatted, error) =>
      formatGraphQLError(formatted, error, {
        production,
        onInternalError: (cause) => logger.error(cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)),
      }),
    plugins: [queryLimitsPlugin(config.graphql), production ? ApolloServerPluginLandingPageDisabled() : offlineLandingPagePlugin()],
  };
}

@Module({})
export class LexgapGraphQLModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: LexgapGraphQLModule,
      imports: [GraphQLModule.forRoot<ApolloDriverConfig>(graphqlDriverConfig(config))],
    };
  }
}
