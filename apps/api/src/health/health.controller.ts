import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { Allow, Permission } from '@lexgap/auth';
import { DataSource } from 'typeorm';

/** GET /health: 200 when the database answers and no migration is pending, 503 otherwise. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly dataSource: DataSource,
  ) {}

  @Get()
  @Allow(Permission.READ_PUBLISHED)
  @HealthCheck()
  check() {
    return this.health.check([() => this.database()]);
  }

  private async database() {
    const indicator = this.indicators.check('database');
    const engine = this.dataSource.options.type === 'postgres' ? 'postgres' : 'sqlite';
    const started = performance.now();
    try {
      await this.dataSource.query('SELECT 1');
      const pendingMigrations = await this.dataSource.showMigrations();
      const details = { engine, latencyMs: Math.round((performance.now() - started) * 10) / 10, pendingMigrations };
      return pendingMigrations ? indicator.down(details) : indicator.up(details);
    } catch (error) {
      return indicator.down({ engine, message: error instanceof Error ? error.message : String(error) });
    }
  }
}
