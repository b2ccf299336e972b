import * as migration_20261126_091523_initial from './20261126_091523_initial';
import * as migration_20261126_103128_sign_up_mail_get_help from './20261126_103128_sign_up_mail_get_help';
import * as migration_20261126_111738_stories_campaigns from './20261126_111738_stories_campaigns';
import * as migration_20261126_132718_donations_search_sending from './20261126_132718_donations_search_sending';

export const migrations = [
  {
    up: migration_20261126_091523_initial.up,
    down: migration_20261126_091523_initial.down,
    name: '20261126_091523_initial',
  },
  {
    up: migration_20261126_103128_sign_up_mail_get_help.up,
    down: migration_20261126_103128_sign_up_mail_get_help.down,
    name: '20261126_103128_sign_up_mail_get_help',
  },
  {
    up: migration_20261126_111738_stories_campaigns.up,
    down: migration_20261126_111738_stories_campaigns.down,
    name: '20261126_111738_stories_campaigns',
  },
  {
    up: migration_20261126_132718_donations_search_sending.up,
    down: migration_20261126_132718_donations_search_sending.down,
    name: '20261126_132718_donations_search_sending'
  },
];
