import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Allow, Permission } from '@lexgap/auth';
import { DataSource } from 'typeorm';
import { version } from '../../../package.json';

@ObjectType({ description: 'What this lexgap server is.' })
export class ServerInfo {
  @Field({ description: 'lexgap version.' })
  version: string;

  @Field({ description: 'Database engine: sqlite or postgres.' })
  databaseEngine: string;
}

@Resolver()
export class SystemResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Allow(Permission.READ_PUBLISHED)
  @Query(() => ServerInfo, { description: 'The server version and database engine.' })
  serverInfo(): ServerInfo {
    return { version, databaseEngine: this.dataSource.options.type === 'postgres' ? 'postgres' : 'sqlite' };
  }
}
