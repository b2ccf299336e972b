import * as migration_20261126_091523_initial from './20261126_091523_initial';

export const migrations = [
  {
    up: migration_20261126_091523_initial.up,
    down: migration_20261126_091523_initial.down,
    name: '20261126_091523_initial'
  },
];
