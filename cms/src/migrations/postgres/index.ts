import * as migration_20261125_105851_initial from './20261125_105851_initial.ts';
import * as migration_20261125_112413 from './20261125_112413.ts';
import * as migration_20261130_103018_site_build_jobs from './20261130_103018_site_build_jobs.ts';
import * as migration_20261130_105722_feedback from './20261130_105722_feedback.ts';
import * as migration_20261130_130331_sop_step_blocks from './20261130_130331_sop_step_blocks.ts';
import * as migration_20261130_142555_search_events from './20261130_142555_search_events.ts';
import * as migration_20261130_143529_agent_vocabulary from './20261130_143529_agent_vocabulary.ts';

export const migrations = [
  {
    up: migration_20261125_105851_initial.up,
    down: migration_20261125_105851_initial.down,
    name: '20261125_105851_initial',
  },
  {
    up: migration_20261125_112413.up,
    down: migration_20261125_112413.down,
    name: '20261125_112413',
  },
  {
    up: migration_20261130_103018_site_build_jobs.up,
    down: migration_20261130_103018_site_build_jobs.down,
    name: '20261130_103018_site_build_jobs',
  },
  {
    up: migration_20261130_105722_feedback.up,
    down: migration_20261130_105722_feedback.down,
    name: '20261130_105722_feedback',
  },
  {
    up: migration_20261130_130331_sop_step_blocks.up,
    down: migration_20261130_130331_sop_step_blocks.down,
    name: '20261130_130331_sop_step_blocks',
  },
  {
    up: migration_20261130_142555_search_events.up,
    down: migration_20261130_142555_search_events.down,
    name: '20261130_142555_search_events',
  },
  {
    up: migration_20261130_143529_agent_vocabulary.up,
    down: migration_20261130_143529_agent_vocabulary.down,
    name: '20261130_143529_agent_vocabulary'
  },
];
