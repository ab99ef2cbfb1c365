import { CommentEntity } from './comment.entity';

export * from './comment.entity';
export * from './discussion.inputs';
export * from './discussion.models';
export * from './discussion.module';
export * from './discussion.service';
export * from './discussion.writes';

export const DISCUSSION_ENTITIES = [CommentEntity];
