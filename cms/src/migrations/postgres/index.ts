import * as migration_20261125_105851_initial from './20261125_105851_initial.ts';

export const migrations = [
  {
    up: migration_20261125_105851_initial.up,
    down: migration_20261125_105851_initial.down,
    name: '20261125_105851_initial'
  },
];
