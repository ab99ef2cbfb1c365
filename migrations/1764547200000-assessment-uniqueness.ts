import { randomUUID } from 'node:crypto';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One author's live assessment of one criterion is unique: the service checks it, and the
 * database now refuses what concurrent submissions slip past (50 at once stored 6 rows). Existing
 * duplicates are resolved before the index is made: the most recently updated one stays, the
 * others are retired with a comment saying why, and an audit event records each retirement.
 */
export class AssessmentUniqueness1764547200000 implements MigrationInterface {
  name = 'AssessmentUniqueness1764547200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const rows: { id: string; author_id: string; jurisdiction_code: string; rubric_id: string; rubric_version: number; criterion_id: string; updated_at: string | Date }[] = await queryRunner.query(
      `SELECT id, author_id, jurisdiction_code, rubric_id, rubric_version, criterion_id, updated_at FROM assessment WHERE retired_at IS NULL ORDER BY updated_at DESC, id DESC`,
    );
    const kept = new Map<string, string>();
    const instant = new Date();
    // An instant as each driver binds it (better-sqlite3 binds no Date; TypeORM stores 'YYYY-MM-DD HH:MM:SS.SSS').
    const now = queryRunner.connection.options.type === 'postgres' ? instant : instant.toISOString().replace('T', ' ').replace('Z', '');
    for (const r of rows) {
      const key = [r.author_id, r.jurisdiction_code, r.rubric_id, r.rubric_version, r.criterion_id].join('|');
      const keep = kept.get(key);
      if (!keep) {
        kept.set(key, r.id);
        continue;
      }
      const comment = `Retired: a duplicate of assessment ${keep} by the same author (migration ${this.name})`;
      const [p1, p2, p3, p4] = placeholders(queryRunner, 4);
      await queryRunner.query(`UPDATE assessment SET retired_at = ${p1}, review_comment = CASE WHEN review_comment IS NULL THEN ${p2} ELSE review_comment || ' ' || ${p3} END WHERE id = ${p4}`, [
        now,
        comment,
        comment,
        r.id,
      ]);
      await queryRunner.query(
        `INSERT INTO audit_event (id, occurred_at, actor_id, actor_name, operation, entity_type, entity_id, before, after, request_id) VALUES (${placeholders(queryRunner, 10).join(', ')})`,
        [randomUUID(), now, 'system:migration', 'lexgap migration', 'retireDuplicateAssessment', 'Assessment', r.id, null, JSON.stringify({ retiredAt: instant.toISOString(), reason: comment }), null],
      );
    }
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_assessment_author_criterion" ON "assessment" ("author_id", "jurisdiction_code", "rubric_id", "rubric_version", "criterion_id") WHERE "retired_at" IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_assessment_author_criterion"`);
  }
}

/** Bound-parameter placeholders as each engine writes them. */
function placeholders(queryRunner: QueryRunner, n: number): string[] {
  const pg = queryRunner.connection.options.type === 'postgres';
  return Array.from({ length: n }, (_, i) => (pg ? `$${i + 1}` : '?'));
}
