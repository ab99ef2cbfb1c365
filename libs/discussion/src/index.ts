import { CommentEntity } from './comment.entity';

export * from './comment.entity';

export const DISCUSSION_ENTITIES = [CommentEntity];
