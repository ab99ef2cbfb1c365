import { Module } from '@nestjs/common';
import { JurisdictionsModule } from '@lexgap/jurisdictions';
import { DiscussionResolver } from './discussion.resolver';
import { DiscussionService } from './discussion.service';

@Module({
  imports: [JurisdictionsModule],
  providers: [DiscussionService, DiscussionResolver],
  exports: [DiscussionService],
})
export class DiscussionModule {}
