import * as migration_20261125_105828_initial from './20261125_105828_initial.ts';
import * as migration_20261125_112408 from './20261125_112408.ts';

export const migrations = [
  {
    up: migration_20261125_105828_initial.up,
    down: migration_20261125_105828_initial.down,
    name: '20261125_105828_initial',
  },
  {
    up: migration_20261125_112408.up,
    down: migration_20261125_112408.down,
    name: '20261125_112408'
  },
];
