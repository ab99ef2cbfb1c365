import type { RecordKind } from '@lexgap/jurisdictions';
import { CommentEntity } from './comment.entity';

/** How the writers store a comment (WriteContext.create): audited as `Comment`. */
export const COMMENT_RECORD: RecordKind<CommentEntity> = { target: CommentEntity, entityType: 'Comment', key: (c) => ({ id: c.id }) };
